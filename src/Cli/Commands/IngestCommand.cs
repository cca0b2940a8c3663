using System.CommandLine;
using Extraction.Index;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements ingest PATH... [--db FILE]</c>: Ingest → Extract → Index; re-ingesting replaces, never duplicates.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Clean, extract and index the articles into a database") { paths, db };
        command.SetAction(parse =>
        {
            var inputs = parse.GetRequiredValue(paths);
            using var store = StoreOpener.Open(parse.GetRequiredValue(db));
            var tally = new BatchTally();
            var articles = new ArticlePipeline().Extract(inputs);
            if (console.IsTerminal)
            {
                AnsiConsole.Progress().Start(progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: Math.Max(1, InputEstimate.Count(inputs)));
                    foreach (var processed in articles)
                    {
                        Store(store, processed, tally, console);
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var processed in articles)
                {
                    Store(store, processed, tally, console);
                }
            }
            console.Out.WriteLine(tally.Summary);
            return tally.ExitCode;
        });
        return command;
    }

    private static void Store(IAgreementStore store, ProcessedArticle processed, BatchTally tally, CliConsole console)
    {
        if (processed.Result is not null)
        {
            try
            {
                store.Upsert(processed.Result);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                processed = processed with { Result = null, Error = $"cannot store: {e.Message}" };
            }
        }
        tally.Processed(processed, console);
    }
}
