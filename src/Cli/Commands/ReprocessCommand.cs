using System.CommandLine;
using Extraction.Cli.Jobs;
using Extraction.Cli.Pipeline;
using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Index.Postgres;
using Extraction.Ingest;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements reprocess</c>: re-extract stored articles an older extractor version produced, from the
/// stored cleaned text (inputs are not read again); rows a newer extractor wrote are left alone. Articles are
/// read a page at a time, re-extracted on every core and stored in order in batches, so a stopped run resumes
/// where it stopped and never duplicates. On PostgreSQL the work is queued instead, a job per run of
/// <see cref="Round"/> sources, for <c>agreements worker</c> on any number of machines (<c>--here</c> runs it in this process).
/// </summary>
internal static class ReprocessCommand
{
    /// <summary>Articles read from the store per round: the store's connection reads and writes in turn, never at once.</summary>
    private const int Round = 256;

    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var here = new Option<bool>("--here") { Description = "On PostgreSQL: re-extract in this process instead of queueing jobs for workers" };
        var command = new Command("reprocess", "Re-extract stored articles whose extractor version is older, from the stored text (queued for workers on PostgreSQL)") { db, here };
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db), StoreUse.BulkWrite);
            if (store is PostgresAgreementStore postgres && !parse.GetValue(here))
            {
                return Enqueue(cli, reporter, postgres, parse.GetRequiredValue(db));
            }
            var pipeline = new ArticlePipeline();
            var tally = new BatchTally(reporter);
            RecordProgress.Run(cli, reporter, "reprocessing", null, tick =>
            {
                using var pending = store.ArticlesNeedingVersion(AgreementExtractor.Version).GetEnumerator();
                var round = new List<Article>(Round);
                do
                {
                    round.Clear();
                    while (round.Count < Round && pending.MoveNext())
                    {
                        round.Add(pending.Current);
                    }
                    Store(store, Reextracted(pipeline, round), tally, tick);
                }
                while (round.Count == Round);
            });
            if (!reporter.Quiet)
            {
                cli.Console.Out.WriteLine($"reprocessed to extractor {AgreementExtractor.Version}: {tally.ArticleSummary}");
            }
            return tally.Errors > 0 && tally.Articles == 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static int Enqueue(CliContext cli, Reporter reporter, PostgresAgreementStore store, string db)
    {
        var runs = store.SourceRunsNeedingVersion(AgreementExtractor.Version, Round);
        using var queue = new PostgresJobQueue(db, "reprocess", JobTuning.Lease, JobTuning.Backoff);
        var added = queue.Enqueue(runs.Select(r => new JobSpec(PostgresJobQueue.ReprocessJob, r.First, LastSource: r.Last)));
        if (!reporter.Quiet)
        {
            cli.Console.Out.WriteLine(
                $"queued {added} reprocess jobs for {runs.Sum(r => r.Count)} articles older than extractor {AgreementExtractor.Version}; run `agreements worker` to process them");
        }
        return ExitCodes.Success;
    }

    private static IEnumerable<ProcessedArticle> Reextracted(ArticlePipeline pipeline, List<Article> round) =>
        OrderedParallel.Map(round, article =>
        {
            try
            {
                return new ProcessedArticle(article.Source, pipeline.Reextract(article), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new ProcessedArticle(article.Source, null, $"cannot reprocess: {e.Message}");
            }
        });

    private static void Store(IAgreementStore store, IEnumerable<ProcessedArticle> processed, BatchTally tally, Action tick)
    {
        ProcessedArticle? current = null;
        IEnumerable<ExtractedArticle> ToStore()
        {
            foreach (var p in processed)
            {
                if (p.Result is null)
                {
                    tally.Processed(p);
                    tick();
                    continue;
                }
                current = p;
                yield return p.Result;
            }
        }
        store.UpsertMany(ToStore(), new WriteBatching
        {
            MaxArticles = Round,
            Stored = (_, _) =>
            {
                tally.Processed(current!);
                tick();
            },
            Failed = (_, error) =>
            {
                tally.Processed(current! with { Result = null, Error = $"cannot reprocess: {error}" });
                tick();
            },
        });
    }
}
