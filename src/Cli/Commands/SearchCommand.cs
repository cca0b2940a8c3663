using System.CommandLine;
using Extraction.Cli.Output;
using Extraction.Index;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements search QUERY</c>: ranked agreements with title, date, parties and a highlighted snippet.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query")
        {
            Description = "Words, \"phrases\", -word, OR, and fields party: place: kind: year: from: to:",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "",
        };
        var party = new Option<string?>("--party") { Description = "Only agreements with a party matching this" };
        var place = new Option<string?>("--place") { Description = "Only agreements about this province or district" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind (Chương trình phối hợp, Thỏa thuận hợp tác, …)" };
        var from = new Option<string?>("--from") { Description = "Signed on or after this date (2023-01-31 or 31/01/2023)" };
        var to = new Option<string?>("--to") { Description = "Signed on or before this date" };
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page of hits, from 1", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print hits and facets as one JSON object" };
        var articles = new Option<bool>("--articles") { Description = "Article hits instead of agreement hits" };
        var db = CommonOptions.Db();
        var command = new Command("search", "Search the indexed agreements")
        {
            query, party, place, kind, from, to, limit, page, json, articles, db,
        };
        command.SetAction(parse =>
        {
            var size = parse.GetValue(limit);
            var pageNumber = parse.GetValue(page);
            if (size < 1 || pageNumber < 1)
            {
                throw new UserErrorException("--limit and --page must be 1 or more");
            }
            var request = new SearchRequest(
                parse.GetValue(query) ?? "",
                parse.GetValue(party),
                parse.GetValue(place),
                parse.GetValue(kind),
                CliDates.Parse(parse.GetValue(from), "--from"),
                CliDates.Parse(parse.GetValue(to), "--to"),
                size,
                (pageNumber - 1) * size,
                parse.GetValue(articles));
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var results = store.Search(request);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(SearchResultsJson.Write(results));
            }
            else
            {
                SearchResultsText.Write(console.Out, results, request);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
