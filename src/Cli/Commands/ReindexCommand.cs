using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements reindex</c>: throws the search index away and builds it again from the stored articles.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var command = new Command("reindex", "Rebuild the search index from the stored articles (it is derived data; the store is the record)") { db };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            store.Reindex();
            var stats = store.Stats();
            cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reindexed {stats.Articles} articles ({stats.Agreements} agreements) in {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Success;
        });
        return command;
    }
}
