using System.CommandLine;
using Extraction.Index;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements stats</c>: how many articles and agreements, by kind, place and year.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var command = new Command("stats", "Count stored agreements by kind, place and year") { db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var stats = store.Stats();
            // Agreements of duplicate copies are not counted (search shows one copy); say so when there are any, so the totals reconcile.
            var hidden = stats.HiddenAgreements > 0 ? $" (and {stats.HiddenAgreements} in duplicate copies, hidden)" : "";
            cli.Console.Out.WriteLine($"articles: {stats.Articles}, agreements: {stats.Agreements}{hidden}");
            Section(cli.Console.Out, "by kind", stats.ByKind);
            Section(cli.Console.Out, "by place", stats.ByPlace);
            Section(cli.Console.Out, "by year", stats.ByYear);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Section(TextWriter w, string name, IReadOnlyList<FacetCount> counts)
    {
        w.WriteLine();
        w.WriteLine(name);
        foreach (var c in counts)
        {
            w.WriteLine($"  {c.Count,6}  {c.Value}");
        }
    }
}
