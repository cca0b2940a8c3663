using System.CommandLine;
using Extraction.Index;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements ingest PATH... [--db FILE]</c>: Ingest → Extract → Index; re-ingesting replaces, never duplicates.</summary>
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
            using var store = StoreOpener.Open(parse.GetRequiredValue(db));
            (store as Extraction.Index.Sqlite.SqliteAgreementStore)?.StopMemoryMap();
            var tally = new BatchTally(reporter);
            var urls = new UrlCollisions();
            var articles = new ArticlePipeline(limits.Read(parse), store.NearDuplicates).Extract(inputs);
            if (reporter.ShowsProgress)
            {
                ProgressConsole.Create(cli.Console).Progress().Start(progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: Math.Max(1, InputEstimate.Count(inputs)));
                    foreach (var processed in articles)
                    {
                        Store(store, processed, tally, urls);
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var processed in articles)
                {
                    Store(store, processed, tally, urls);
                }
            }
            // The summary is what ingest has to say, so it is its output (stdout); --quiet drops it.
            if (!reporter.Quiet)
            {
                cli.Console.Out.WriteLine(tally.Summary);
            }
            return tally.ExitCode;
        });
        return command;
    }

    private static void Store(IAgreementStore store, ProcessedArticle processed, BatchTally tally, UrlCollisions urls)
    {
        if (processed.Result is not null)
        {
            try
            {
                var earlier = urls.EarlierInput(processed.Source, processed.Input);
                if (store.Upsert(processed.Result) == UpsertOutcome.Replaced && earlier is not null)
                {
                    tally.Replaced(processed, earlier);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                processed = processed with { Result = null, Error = $"cannot store: {e.Message}" };
            }
        }
        tally.Processed(processed);
    }
}
