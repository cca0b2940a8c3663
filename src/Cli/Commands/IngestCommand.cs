using System.CommandLine;
using Extraction.Cli.Pipeline;
using Extraction.Extract.Model;
using Extraction.Index;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements ingest PATH... [--db FILE]</c>: Ingest → Extract → Index; re-ingesting replaces, never duplicates.
/// Cleaning and extraction run on every core; one writer stores in input order, in batches; an input whose
/// source already holds the same content is skipped, so an interrupted ingest resumes where it stopped.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = CommonOptions.Paths();
        var limits = new LimitOptions();
        var db = CommonOptions.Db(cli);
        var command = new Command("ingest", "Clean, extract and index the articles into a database") { paths, db };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var inputs = parse.GetRequiredValue(paths);
            InputCheck.WarnAboutEmptyFolders(inputs, reporter);
            using var store = StoreOpener.Open(parse.GetRequiredValue(db), StoreUse.BulkWrite);
            var tally = new BatchTally(reporter);
            var urls = new UrlCollisions();
            var pipeline = new ArticlePipeline(limits.Read(parse), store.NearDuplicates)
            {
                Stored = new StoredInputs(store.InputHashes()),
                KeyedSources = true,
                Workers = IngestTuning.Workers,
            };
            var expected = reporter.ShowsProgress ? InputEstimate.Records(inputs) : null;
            RecordProgress.Run(cli, reporter, "ingesting", expected, tick =>
            {
                ProcessedArticle? current = null;
                IEnumerable<ExtractedArticle> ToStore()
                {
                    foreach (var processed in pipeline.Extract(inputs))
                    {
                        if (processed.Result is null)
                        {
                            tally.Processed(processed);
                            tick();
                            continue;
                        }
                        current = processed;
                        yield return processed.Result;
                    }
                }
                store.UpsertMany(ToStore(), new WriteBatching
                {
                    MaxArticles = IngestTuning.BatchArticles,
                    Stored = (_, outcome) =>
                    {
                        var earlier = urls.EarlierInput(current!.Source, current.Input);
                        if (outcome == UpsertOutcome.Replaced && earlier is not null)
                        {
                            tally.Replaced(current, earlier);
                        }
                        tally.Processed(current);
                        tick();
                    },
                    Failed = (_, error) =>
                    {
                        tally.Processed(current! with { Result = null, Error = $"cannot store: {error}" });
                        tick();
                    },
                });
            });
            // The summary is what ingest has to say, so it is its output (stdout); --quiet drops it.
            if (!reporter.Quiet)
            {
                cli.Console.Out.WriteLine(tally.Summary);
            }
            return tally.ExitCode;
        });
        return command;
    }
}
