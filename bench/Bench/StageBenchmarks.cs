using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Ingest;

namespace Extraction.Bench;

/// <summary>
/// One benchmark per stage over the seeds and the dev corpus (../shared/corpus/dev, when present),
/// each against the baseline of merely reading the files in the same run:
/// Ingest (clean), Extract (on cleaned articles), Index (upsert into a fresh SQLite file).
/// Run: <c>dotnet run -c Release --project bench/Bench -- --filter '*StageBenchmarks*'</c>.
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class StageBenchmarks
{
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
    }

    private readonly IngestPipeline ingest = new();
    private readonly AgreementExtractor extractor = new();
    private string[] files = [];
    private RawDocument[] documents = [];
    private Article[] articles = [];
    private ExtractedArticle[] extracted = [];
    private string dbPath = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        var folders = new[] { Path.Combine(root, "seeds"), Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "dev")) };
        files = folders.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.txt")).Order(StringComparer.Ordinal).ToArray();
        documents = files.Select(f => new RawDocument(f, File.ReadAllBytes(f), null, null, DocumentKind.Text)).ToArray();
        articles = documents.Select(ingest.Clean).ToArray();
        extracted = articles.Select(extractor.Extract).ToArray();
        dbPath = Path.Combine(Path.GetTempPath(), $"agreements-stage-bench-{Environment.ProcessId}.db");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(dbPath + suffix);
        }
    }

    /// <summary>Reading the input files: the floor every stage stands on.</summary>
    [Benchmark(Baseline = true)]
    public long ReadFiles() => files.Sum(f => File.ReadAllBytes(f).LongLength);

    [Benchmark]
    public int Ingest() => documents.Sum(d => ingest.Clean(d).Text.Length);

    [Benchmark]
    public int Extract() => articles.Sum(a => extractor.Extract(a).Agreements.Count);

    [Benchmark]
    public int Index()
    {
        Cleanup();
        using var store = AgreementStore.Open(dbPath);
        foreach (var article in extracted)
        {
            store.Upsert(article);
        }
        return extracted.Length;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
