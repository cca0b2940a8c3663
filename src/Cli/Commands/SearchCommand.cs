using System.CommandLine;
using Extraction.Cli.Output;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements search QUERY...</c>: ranked agreements with title, date, parties and a highlighted snippet.</summary>
internal static class SearchCommand
{
    /// <summary>More hits than this on one page help nobody, and a huge --limit would make the store rank everything.</summary>
    public const int MaxLimit = 1000;

    public static Command Create(CliContext cli)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words, \"phrases\", -word, OR, and fields party: place: kind: year: from: to: (quotes optional around several words)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var party = new Option<string?>("--party") { Description = "Only agreements with a party matching this" };
        var place = new Option<string?>("--place") { Description = "Only agreements about this province or district" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind (Chương trình phối hợp, Thỏa thuận hợp tác, …)" };
        var from = new Option<string?>("--from") { Description = "Signed on or after this date (2023-01-31, 31/01/2023 or a year)" };
        var to = new Option<string?>("--to") { Description = "Signed on or before this date (or a year)" };
        var limit = CommonOptions.Count("--limit", "Hits per page", 10, MaxLimit);
        var page = CommonOptions.Count("--page", "Page of hits, from 1", 1);
        var json = new Option<bool>("--json") { Description = "Print hits and facets as one JSON object" };
        var articles = new Option<bool>("--articles") { Description = "Article hits instead of agreement hits" };
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date: newest first", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var db = CommonOptions.Db(cli);
        var command = new Command("search", "Search the indexed agreements")
        {
            query, party, place, kind, from, to, limit, page, json, articles, sort, db,
        };
        command.SetAction(parse =>
        {
            var window = new PageWindow(parse.GetValue(page), parse.GetValue(limit));
            var request = new SearchRequest(
                QueryWords.Join(parse.GetValue(query)),
                parse.GetValue(party),
                parse.GetValue(place),
                parse.GetValue(kind),
                CliDates.Parse(parse.GetValue(from), "--from", yearEnd: false),
                CliDates.Parse(parse.GetValue(to), "--to", yearEnd: true),
                window.Size,
                window.IsAddressable ? (int)window.Offset : 0,
                parse.GetValue(articles))
            {
                SortByDate = parse.GetValue(sort) == "date",
            };
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            // A page no store can address is past the end anyway: one cheap count says where the end is.
            var results = window.IsAddressable
                ? store.Search(request)
                : store.Search(request with { Limit = 0 }) with { Hits = [] };
            if (parse.GetValue(json))
            {
                cli.Console.Out.WriteLine(SearchResultsJson.Write(results, window));
            }
            else
            {
                SearchResultsText.Write(cli.Console.Out, results, window);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
