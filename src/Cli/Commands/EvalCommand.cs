using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Extraction.Cli.Evaluation;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements eval GOLD_DIR</c>: extract every GOLD_DIR/*.txt and score it against the .gold.json beside it.</summary>
internal static class EvalCommand
{
    private const string GoldSuffix = ".gold.json";

    public static Command Create(CliContext cli)
    {
        var goldDir = new Argument<string>("gold-dir") { Description = "Folder of NAME.txt articles with NAME.gold.json annotations" };
        var predictions = new Option<string?>("--predictions") { Description = "Also write the predictions (JSON Lines) to this file" };
        var compact = new Option<bool>("--json") { Description = "Print the scores on one line" };
        var command = new Command("eval", "Score the extractor against gold annotations") { goldDir, predictions, compact };
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var dir = parse.GetRequiredValue(goldDir);
            if (!Directory.Exists(dir))
            {
                throw new UserErrorException($"{dir}: no such folder");
            }
            var goldFiles = Directory.EnumerateFiles(dir, "*" + GoldSuffix).Order(StringComparer.Ordinal).ToList();
            var texts = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
            var stems = goldFiles.Select(f => Path.GetFileName(f)[..^GoldSuffix.Length]).ToHashSet(StringComparer.Ordinal);
            // Scoring nothing would print a table of zeros that looks like a result; say what the folder lacks instead.
            if (!texts.Any(t => stems.Contains(Stem(t))))
            {
                throw new UserErrorException($"{dir}: no NAME.txt with a NAME{GoldSuffix} beside it ({texts.Count} .txt, {goldFiles.Count} {GoldSuffix}); eval wants a gold folder such as seeds/");
            }
            var golds = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var file in goldFiles)
            {
                try
                {
                    using var doc = JsonDocument.Parse(File.ReadAllText(file));
                    golds[Path.GetFileName(file)[..^GoldSuffix.Length]] = doc.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    reporter.Error(file, $"not valid JSON: {e.Message}");
                }
            }
            var path = parse.GetValue(predictions);
            using var writer = path is null ? null : OutputFile.Open(path);
            var predicted = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            var tally = new BatchTally(reporter);
            foreach (var processed in new ArticlePipeline().Extract(texts))
            {
                tally.Processed(processed);
                if (processed.Result is null)
                {
                    continue;
                }
                var line = ArticleJson.ToJsonLine(processed.Result);
                writer?.WriteLine(line);
                using var doc = JsonDocument.Parse(line);
                predicted[Stem(processed.Source)] = doc.RootElement.Clone();
            }
            var result = GoldScorer.Score(golds, predicted);
            var json = result.ToPythonStyleJson();
            cli.Console.Out.WriteLine(parse.GetValue(compact) ? Compact(json) : json);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The same JSON on one line; written without the reflection serializer, which a native (AOT) build lacks.</summary>
    private static string Compact(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            doc.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The article stem the reference scorer pairs on: file name less its last extension.</summary>
    private static string Stem(string source)
    {
        var name = Path.GetFileName(source);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
