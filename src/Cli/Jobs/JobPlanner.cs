using Extraction.Index.Postgres;
using Extraction.Ingest;

namespace Extraction.Cli.Jobs;

/// <summary>
/// Turns the paths given to <c>enqueue</c> into jobs: a file is one job, an uncompressed WARC one job per run
/// of records (by byte offset, so a worker seeks to its part), a folder the jobs of its files. Paths are made
/// absolute: a worker on another machine must see the same path (a shared mount).
/// </summary>
internal sealed class JobPlanner(int recordsPerJob, Reporter reporter)
{
    public int Files { get; private set; }

    public int Records { get; private set; }

    public int Errors { get; private set; }

    public IEnumerable<JobSpec> Plan(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == InputReader.StandardInput)
            {
                Fail(path, "standard input cannot be queued (a worker elsewhere cannot read it): use `agreements ingest -`");
                continue;
            }
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in InputReader.FilesUnder(full))
                {
                    foreach (var job in PlanFile(file))
                    {
                        yield return job;
                    }
                }
            }
            else if (File.Exists(full))
            {
                foreach (var job in PlanFile(full))
                {
                    yield return job;
                }
            }
            else
            {
                Fail(path, "no such file or folder");
            }
        }
    }

    private IEnumerable<JobSpec> PlanFile(string file)
    {
        IReadOnlyList<WarcRange>? ranges;
        try
        {
            ranges = WarcRanges.Split(file, recordsPerJob);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            // Queued whole: the worker reads it as ingest would and reports what is wrong with it, record by record.
            reporter.Warning($"{file}: cannot cut into record ranges ({e.Message}); queued whole");
            ranges = null;
        }
        Files++;
        if (ranges is null)
        {
            return [new JobSpec(PostgresJobQueue.InputJob, file)];
        }
        Records += ranges.Sum(r => r.Records);
        return ranges.Select(r => new JobSpec(PostgresJobQueue.InputJob, file, r.Start, r.End, r.FirstRecord));
    }

    private void Fail(string path, string message)
    {
        Errors++;
        reporter.Error(path, message);
    }
}
