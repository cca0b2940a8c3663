using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Extraction.Extract;
using Extraction.Ingest;

namespace Extraction.Bench;

/// <summary>
/// Extract alone over the 12,736 VNTC politics/society news of 2006 (../shared/data/vntc-news),
/// against the baseline of reading and normalising them (JSON parse + NFC) in the same run.
/// Target: Extract >= 2,000 articles/s on one core, i.e. a mean under ~6.4 s per op here.
/// Run: <c>dotnet run -c Release --project bench/Bench -- --filter '*ExtractBenchmarks*'</c>.
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    /// <summary>In-process (the bench assembly name differs from its project name) and short: the machine is shared.</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
    }

    private readonly AgreementExtractor extractor = new();
    private string[] lines = [];
    private Article[] articles = [];

    [GlobalSetup]
    public void Setup()
    {
        lines = File.ReadAllLines(CorpusPath());
        articles = lines.Select(Read).ToArray();
    }

    /// <summary>Reading and normalising the articles: what any consumer pays before extraction.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndNormalise()
    {
        var n = 0;
        foreach (var line in lines)
        {
            n += Read(line).Text.Length;
        }
        return n;
    }

    [Benchmark]
    public int ExtractAll()
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += extractor.Extract(article).Agreements.Count;
        }
        return n;
    }

    private static Article Read(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var text = (root.GetProperty("text").GetString() ?? string.Empty).Normalize(NormalizationForm.FormC);
        var id = root.GetProperty("id").GetString() ?? string.Empty;
        return new Article(id, id, null, null, null, null, null, text);
    }

    private static string CorpusPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }
        var root = dir?.Parent?.FullName ?? throw new InvalidOperationException("repository root not found");
        return Path.Combine(root, "shared", "data", "vntc-news", "vntc-chinh-tri-xa-hoi.jsonl");
    }
}
