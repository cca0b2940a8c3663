using Microsoft.ML;
using Microsoft.ML.Data;

namespace Extraction.Learning;

/// <summary>
/// The harness's one learner, shared by the detection and party-acceptance comparisons: per fold, a FastTree (seed 1, 100
/// trees of 8 leaves) trained on the labelled rows outside the fold predicts every row inside it.
/// </summary>
internal static class GroupedFolds
{
    public static Dictionary<TRow, FoldPrediction> CrossValidate<TRow>(
        MLContext ml, IReadOnlyList<TRow> rows, int folds, Func<TRow, int> foldOf, Func<TRow, float[]> features, Func<TRow, bool?> label)
        where TRow : notnull
    {
        var learned = new Dictionary<TRow, FoldPrediction>();
        for (var f = 0; f < folds; f++)
        {
            var train = rows.Where(r => foldOf(r) != f && label(r) is not null)
                .Select(r => new Example { Features = features(r), Label = label(r) == true })
                .ToList();
            var test = rows.Where(r => foldOf(r) == f).ToList();
            if (test.Count == 0 || train.Select(t => t.Label).Distinct().Count() < 2)
            {
                continue;
            }
            var schema = SchemaFor(train[0].Features.Length);
            var model = ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = 8, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1, Seed = 1,
            }).Fit(ml.Data.LoadFromEnumerable(train, schema));
            var engine = ml.Model.CreatePredictionEngine<Example, Prediction>(model, inputSchemaDefinition: schema);
            foreach (var r in test)
            {
                var p = engine.Predict(new Example { Features = features(r) });
                learned[r] = new FoldPrediction(p.PredictedLabel, p.Probability);
            }
        }
        return learned;
    }

    private static SchemaDefinition SchemaFor(int length)
    {
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }

    internal sealed class Example
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    internal sealed class Prediction
    {
        public bool PredictedLabel { get; set; }

        public float Probability { get; set; }
    }
}

/// <summary>A row's prediction from the fold that did not train on it: the label and its calibrated probability.</summary>
internal readonly record struct FoldPrediction(bool Label, float Probability);
