using System.ComponentModel;
using Extraction.Index;
using Extraction.Index.Query;
using Extraction.Output;

namespace Extraction.Web.Api;

/// <summary>The query string of a search-like request: the CLI's search options under the same names.</summary>
public sealed record QueryParameters
{
    /// <summary>Longest query text taken: a longer one is no search anybody types, and it costs the parser.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Most hits on one page (the CLI allows 1000; a browser and a JSON client need far fewer).</summary>
    public const int MaxLimit = 100;

    [Description("Query in the query language (docs/query-language.md): words, \"phrases\", -word, OR, party: place: kind: year: from: to:")]
    public string? Q { get; init; }

    [Description("Only agreements with a party matching this")]
    public string? Party { get; init; }

    [Description("Only agreements about this province or district")]
    public string? Place { get; init; }

    [Description("Only this kind of agreement")]
    public string? Kind { get; init; }

    [Description("Signed on or after (2023-01-31, 31/01/2023 or a year)")]
    public string? From { get; init; }

    [Description("Signed on or before (a date or a year)")]
    public string? To { get; init; }

    [Description("Page of hits, from 1")]
    public int? Page { get; init; }

    [Description("Hits per page, 1 to 100 (default 10)")]
    public int? Limit { get; init; }

    [Description("Article hits instead of agreement hits")]
    public bool? Articles { get; init; }

    /// <summary>The page asked for, or the reason it is refused (named after the parameter).</summary>
    public PageWindow Window()
    {
        var page = Page ?? 1;
        var limit = Limit ?? 10;
        if (page < 1)
        {
            throw new BadParameterException("page", $"page={page}: pages count from 1");
        }
        if (limit < 1 || limit > MaxLimit)
        {
            throw new BadParameterException("limit", $"limit={limit}: wants a whole number from 1 to {MaxLimit}");
        }
        return new PageWindow(page, limit);
    }

    /// <summary>The store request for <paramref name="window"/>.</summary>
    public SearchRequest Request(PageWindow window)
    {
        var q = Q ?? "";
        if (q.Length > MaxQueryLength)
        {
            throw new BadParameterException("q", $"q: {q.Length} characters; a query takes at most {MaxQueryLength}");
        }
        foreach (var (name, value) in new[] { ("party", Party), ("place", Place), ("kind", Kind) })
        {
            if (value?.Length > MaxQueryLength)
            {
                throw new BadParameterException(name, $"{name}: longer than {MaxQueryLength} characters");
            }
        }
        return new SearchRequest(
            q,
            Blank(Party),
            Blank(Place),
            Blank(Kind),
            Date(From, "from", yearEnd: false),
            Date(To, "to", yearEnd: true),
            window.Size,
            window.IsAddressable ? (int)window.Offset : 0,
            Articles ?? false);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>As the CLI reads --from/--to: ISO, day-first, or a bare year (its first or last day).</summary>
    private static DateOnly? Date(string? value, string name, bool yearEnd)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (QueryDates.TryParseBound(value, yearEnd, out var date))
        {
            return date;
        }
        throw new BadParameterException(name, $"{name}={value}: not a date (use 2023-08-07, 07/08/2023 or a year such as 2023)");
    }
}

/// <summary>A query-string value the API refuses: becomes a 400 problem naming it.</summary>
public sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
