using System.CommandLine;
using Extraction.Cli.Pipeline;
using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Ingest;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements reprocess</c>: re-extract stored articles an older extractor version produced, from the
/// stored cleaned text (inputs are not read again); rows a newer extractor wrote are left alone. Articles are
/// read a page at a time, re-extracted on every core and stored in order in batches, so a stopped run resumes
/// where it stopped and never duplicates.
/// </summary>
internal static class ReprocessCommand
{
    /// <summary>Articles read from the store per round: the store's connection reads and writes in turn, never at once.</summary>
    private const int Round = 256;

    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var command = new Command("reprocess", "Re-extract stored articles whose extractor version is older, from the stored text") { db };
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
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
