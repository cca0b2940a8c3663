using System.Text;
using System.Text.Json;
using System.Collections;
using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Text;
using Extraction.Ingest.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Bench;

/// <summary>
/// `text-kernel-dump OUT PATH...`: every token the text kernel's users make of each text, one line per token, so two builds
/// can be compared with cmp/diff (a refactor of the tokenizer or the tone keys must give the same file). Reads .txt and
/// .json files under the paths whole, and the "title" and "text" of each JSON Lines record (AGREEMENTS_DUMP_LINES, default
/// 4,000 per file). Per text: the analyzer's three kinds of field (folded, exact spelling, word pairs: term, position,
/// offsets), the query keys (<see cref="SearchKey.Tokens"/>), snippet words, folded shingle words, and the spelling key
/// and lower-case key of every word.
/// </summary>
internal static class TextKernelDump
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: text-kernel-dump OUT PATH...");
            return 2;
        }
        var limit = int.TryParse(Environment.GetEnvironmentVariable("AGREEMENTS_DUMP_LINES"), out var n) ? n : 4000;
        using var output = new StreamWriter(args[0], false, new UTF8Encoding(false));
        using var analyzer = new VietnameseAnalyzer(SearchKey.Default);
        var texts = 0;
        foreach (var text in Texts(args[1..], limit))
        {
            output.Write("#text ");
            output.WriteLine(texts++);
            foreach (var field in new[] { IndexFields.Any, IndexFields.Spelled, IndexFields.Pairs })
            {
                Analyze(analyzer, field, text, output);
            }
            foreach (var t in SearchKey.Default.Tokens(text))
            {
                output.WriteLine($"q {t.Exact} {t.Folded} {t.Start} {t.End}");
            }
            var words = SearchKey.Words(text);
            output.WriteLine("w " + string.Join(' ', words.Select(w => $"{w.Start}-{w.End}")));
            output.WriteLine("f " + string.Join(' ', VietnameseFold.Words(text)));
            output.WriteLine("e " + string.Join(' ', words.Select(w => SearchKey.ExactWord(w.Word))));
            output.WriteLine("l " + Lower(text));
            foreach (var token in ExtractTokens(text))
            {
                output.WriteLine(token);
            }
        }
        Console.Error.WriteLine($"{texts} texts");
        return 0;
    }

    // Extraction's tokens (internal to Extract, reached by name): text, offsets, kind.
    private static IEnumerable<string> ExtractTokens(string text)
    {
        var tokenizer = typeof(Extraction.Extract.Lexicons.AbbreviationLexicon).Assembly.GetType("Extraction.Extract.Text.Tokenizer")!;
        var tokens = (IEnumerable)tokenizer.GetMethod("Tokenize")!.Invoke(null, [text, 0, text.Length])!;
        foreach (var token in tokens)
        {
            var type = token.GetType();
            yield return $"t {type.GetProperty("Start")!.GetValue(token)} {type.GetProperty("End")!.GetValue(token)} {type.GetProperty("Kind")!.GetValue(token)} {type.GetProperty("Text")!.GetValue(token)}";
        }
    }

    // The extraction's lower-case key, through whichever build's entry point exists (it is internal to Extract).
    private static string Lower(string text)
    {
        var keys = typeof(Extraction.Extract.Lexicons.AbbreviationLexicon).Assembly.GetType("Extraction.Extract.Text.TextKeys")!;
        return (string)keys.GetMethod("Lower")!.Invoke(null, [text])!;
    }

    private static void Analyze(VietnameseAnalyzer analyzer, string field, string text, StreamWriter output)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            output.WriteLine($"{field} {term} {position} {offset.StartOffset} {offset.EndOffset}");
        }
        stream.End();
        output.WriteLine($"{field} end {offset.EndOffset}");
    }

    private static IEnumerable<string> Texts(string[] paths, int limit)
    {
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path];
            foreach (var file in files)
            {
                if (file.EndsWith(".jsonl", StringComparison.Ordinal))
                {
                    foreach (var line in File.ReadLines(file).Take(limit))
                    {
                        using var doc = JsonDocument.Parse(line);
                        foreach (var name in new[] { "title", "text" })
                        {
                            if (doc.RootElement.TryGetProperty(name, out var value) && value.GetString() is { } s)
                            {
                                yield return s;
                            }
                        }
                    }
                }
                else if (file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
                {
                    yield return File.ReadAllText(file);
                }
            }
        }
    }
}
