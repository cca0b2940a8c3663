using Extraction.Extract.Serialization;

namespace Extraction.Cli.Tests;

/// <summary>Cleaning and extracting on many threads gives the sequential run's output: same ids, same near-duplicate groups, same order.</summary>
public sealed class ParallelEquivalenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Four_workers_give_the_one_worker_output_byte_for_byte()
    {
        // Copies and near-copies among the inputs, so grouping (which depends on order) is exercised.
        foreach (var (file, i) in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select((f, i) => (f, i)))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(folder.File($"{i}-a.txt"), text);
            File.WriteAllText(folder.File($"{i}-b.txt"), text);
            File.WriteAllText(folder.File($"{i}-c.txt"), text + "\n\nNguồn: một trang khác đăng lại bài này.");
        }
        string[] inputs = [folder.Path, RepoPaths.Corpus];

        var sequential = Run(new ArticlePipeline { Workers = 1 }, inputs);
        var parallel = Run(new ArticlePipeline { Workers = 4 }, inputs);

        Assert.True(sequential.Count > 30);
        Assert.Contains(sequential, line => line.Contains("\"duplicate_of\":\"", StringComparison.Ordinal));
        Assert.Equal(sequential, parallel);
    }

    private static List<string> Run(ArticlePipeline pipeline, string[] inputs) =>
        pipeline.Extract(inputs).Select(p => p.Result is null ? $"error {p.Source}: {p.Error}" : ArticleJson.ToJsonLine(p.Result)).ToList();
}
