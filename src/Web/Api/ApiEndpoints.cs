using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Web.Api;

/// <summary>The read-only JSON API under /api/v1: every route is a GET, so nothing on it changes the store.</summary>
public static class ApiEndpoints
{
    /// <summary>Parties the co-signing graph shows at most: beyond this a graph is a hairball, not an answer.</summary>
    public const int MaxNetworkNodes = 80;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");

        api.MapGet("/search", (StorePool pool, [AsParameters] QueryParameters query, CancellationToken cancel) => Problems.Guard(async () =>
        {
            var window = query.Window();
            var request = query.Request(window);
            // A page no store can address is past the end anyway: one cheap count says where the end is (as the CLI does).
            var results = await pool.Use(
                store => window.IsAddressable ? store.Search(request) : store.Search(request with { Limit = 0 }) with { Hits = [] },
                cancel);
            return new JsonBody(w => SearchResultsJson.Write(w, results, window));
        }))
            .WithSummary("Search agreements (the shape of `agreements search --json`)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id}", async (StorePool pool, string id, CancellationToken cancel) =>
        {
            var article = await pool.Use(store => Find(store, id), cancel);
            return article is null
                ? Problems.NotFound($"{id}: no stored article has this id")
                : new JsonBody(w => ArticleJson.Write(w, article, includeText: true));
        })
            .WithSummary("One stored article: the export contract's shape plus its cleaned text, which the evidence offsets point into")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/agreements/{id}/{n:int}", async (StorePool pool, string id, int n, CancellationToken cancel) =>
        {
            var article = await pool.Use(store => Find(store, id), cancel);
            if (article is null)
            {
                return Problems.NotFound($"{id}: no stored article has this id");
            }
            var shown = ShownAgreement.From(JsonNode.Parse(ArticleJson.ToJsonLine(article))!.AsObject(), n);
            return shown is null
                ? Problems.NotFound($"{id}#{n}: no such agreement (the article has {article.Agreements.Count})")
                : new JsonBody(w => shown.WriteTo(w));
        })
            .WithSummary("One agreement of an article (the shape of `agreements show ID#N`)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stats", async (StorePool pool, CancellationToken cancel) =>
        {
            var (stats, parties) = await pool.Use(store => (store.Stats(), PartyCounts(store)), cancel);
            return new JsonBody(w => WriteStats(w, stats, parties));
        })
            .WithSummary("Counts of articles and agreements, by kind, place, year and party")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/timeline", (StorePool pool, [AsParameters] QueryParameters query, CancellationToken cancel) => Problems.Guard(async () =>
        {
            var request = query.Request(new PageWindow(1, 1));
            var (timeline, total) = await pool.Use(store => (Timeline.Of(store.Matches(request)), Total(store, request)), cancel);
            return new JsonBody(w => WriteTimeline(w, timeline, total));
        }))
            .WithSummary("Agreements of a query per month (signing month, else publication month), by kind")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/network", (StorePool pool, [AsParameters] QueryParameters query, CancellationToken cancel) => Problems.Guard(async () =>
        {
            var request = query.Request(new PageWindow(1, 1));
            var (network, total) = await pool.Use(store => (CoSigningNetwork.Of(store.Matches(request), MaxNetworkNodes), Total(store, request)), cancel);
            return new JsonBody(w => WriteNetwork(w, network, total));
        }))
            .WithSummary("Co-signing network of a query: canonical parties as nodes, agreements signed together as weighted edges")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        ExportEndpoint.Map(api);
    }

    internal static ExtractedArticle? Find(IAgreementStore store, string id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > 64 ? null : store.Get(id);

    private static int Total(IAgreementStore store, SearchRequest request) =>
        store.Search(request with { Limit = 0, Offset = 0, Facets = false }).Total;

    private static IReadOnlyList<FacetCount> PartyCounts(IAgreementStore store) =>
        store.Search(new SearchRequest("") { Limit = 0 }).Facets.TryGetValue("party", out var parties) ? parties : [];

    private static void WriteStats(Utf8JsonWriter w, StoreStats stats, IReadOnlyList<FacetCount> parties)
    {
        w.WriteStartObject();
        w.WriteNumber("articles", stats.Articles);
        w.WriteNumber("agreements", stats.Agreements);
        w.WriteNumber("hidden_agreements", stats.HiddenAgreements);
        Counts(w, "by_kind", stats.ByKind);
        Counts(w, "by_place", stats.ByPlace);
        Counts(w, "by_year", stats.ByYear);
        Counts(w, "by_party", parties);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyList<FacetCount> counts)
    {
        // Objects of value → count, as the facets of a search are: one way to read counts in the whole API.
        w.WriteStartObject(name);
        foreach (var c in counts)
        {
            w.WriteNumber(c.Value, c.Count);
        }
        w.WriteEndObject();
    }

    private static void WriteTimeline(Utf8JsonWriter w, Timeline t, int total)
    {
        w.WriteStartObject();
        w.WriteNumber("total", total);
        w.WriteNumber("counted", t.Counted);
        w.WriteNumber("undated", t.Undated);
        w.WriteStartArray("months");
        foreach (var m in t.Months)
        {
            w.WriteStringValue(m);
        }
        w.WriteEndArray();
        w.WriteStartObject("kinds");
        foreach (var (kind, series) in t.ByKind)
        {
            w.WriteStartArray(kind);
            foreach (var n in series)
            {
                w.WriteNumberValue(n);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNetwork(Utf8JsonWriter w, CoSigningNetwork n, int total)
    {
        w.WriteStartObject();
        w.WriteNumber("total", total);
        w.WriteNumber("counted", n.Counted);
        w.WriteNumber("parties", n.PartiesInAll);
        w.WriteStartArray("nodes");
        foreach (var node in n.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("party", node.Party);
            w.WriteNumber("agreements", node.Agreements);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in n.Edges)
        {
            w.WriteStartObject();
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            w.WriteNumber("agreements", e.Agreements);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
