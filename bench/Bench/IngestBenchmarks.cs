using System.IO.Compression;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Extraction.Ingest;
using HtmlAgilityPack;

namespace Extraction.Bench;

/// <summary>
/// Ingest speed on real pages (the article-extraction benchmark half in ../shared plus the Vietnamese pages):
/// the whole Clean (decode, parse, metadata, main text) against merely parsing with the chosen parser
/// (HtmlAgilityPack, the baseline) and with the rejected one (AngleSharp), in one run, with the decoding and the
/// extraction shares of the Clean measured apart. Results are per page.
/// Run: dotnet run -c Release --project bench/Bench -- --filter '*IngestBenchmarks*'
/// One invocation is the 99 pages, so a single warm-up iteration left the extraction half in tier-0 code (its
/// iterations still fell from 11 to 6 ms per page): six warm-ups reach the steady state a long batch runs in.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 6, iterationCount: 5)]
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int PagesPerInvoke = 99;
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly IngestPipeline _pipeline = new();
    private readonly HtmlParser _angle = new();
    private List<RawDocument> _documents = [];
    private List<string> _html = [];

    [GlobalSetup]
    public void Setup()
    {
        var shared = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));
        var files = Directory.GetFiles(Path.Combine(shared, "data", "article-extraction-benchmark", "html"), "*.html.gz")
            .Concat(Directory.GetFiles(Path.Combine(shared, "corpus", "html"), "*.html"))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var bytes = file.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(file) : File.ReadAllBytes(file);
            _documents.Add(new RawDocument(file, bytes, null, null, DocumentKind.Html));
            _html.Add(System.Text.Encoding.UTF8.GetString(bytes));
        }
        if (_documents.Count != PagesPerInvoke)
        {
            throw new InvalidOperationException($"expected {PagesPerInvoke} pages, found {_documents.Count}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PagesPerInvoke)]
    public int ParseHtmlAgilityPack()
    {
        var nodes = 0;
        foreach (var html in _html)
        {
            var doc = new HtmlDocument();
            doc.LoadHtml(html);
            nodes += doc.DocumentNode.ChildNodes.Count;
        }
        return nodes;
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke)]
    public int ParseAngleSharp()
    {
        var nodes = 0;
        foreach (var html in _html)
        {
            using var doc = _angle.ParseDocument(html);
            nodes += doc.ChildNodes.Length;
        }
        return nodes;
    }

    /// <summary>The charset detection and decoding share of <see cref="Ingest"/>.</summary>
    [Benchmark(OperationsPerInvoke = PagesPerInvoke)]
    public int Decode()
    {
        var chars = 0;
        foreach (var document in _documents)
        {
            chars += Extraction.Ingest.Decoding.VietnameseDecoder.Decode(document.Content.Span, null, html: true).Length;
        }
        return chars;
    }

    /// <summary>The parse-and-extract share of <see cref="Ingest"/>, on the page read as UTF-8 (as the parse baselines are).</summary>
    [Benchmark(OperationsPerInvoke = PagesPerInvoke)]
    public int Extract()
    {
        var chars = 0;
        foreach (var html in _html)
        {
            chars += Extraction.Ingest.Html.HtmlArticleExtractor.Extract(html, null, Today).Text.Length;
        }
        return chars;
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke)]
    public int Ingest()
    {
        var chars = 0;
        foreach (var document in _documents)
        {
            chars += _pipeline.Clean(document).Text.Length;
        }
        return chars;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Extraction.sln not found");
    }

    private static byte[] Gunzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
