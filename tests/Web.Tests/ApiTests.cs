using System.Net;
using System.Text.Json;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Web.Tests;

public sealed class ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Json(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Search_returns_exactly_what_search_json_prints_for_the_same_request()
    {
        var response = await client.GetStringAsync(new Uri("/api/v1/search?q=giam%20ngheo&limit=3&page=1", UriKind.Relative));

        using var store = AgreementStore.Open(factory.Store.Db);
        var window = new PageWindow(1, 3);
        var expected = SearchResultsJson.Write(store.Search(new SearchRequest("giam ngheo", Limit: 3)), window);
        Assert.Equal(expected, response);
        Assert.True(JsonDocument.Parse(response).RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Search_filters_and_pages_like_the_cli_options()
    {
        var all = await Json("/api/v1/search?q=&limit=100");
        var kind = all.GetProperty("facets").GetProperty("kind").EnumerateObject().First();
        var filtered = await Json($"/api/v1/search?kind={Uri.EscapeDataString(kind.Name)}&limit=2&page=2");

        Assert.Equal(kind.Value.GetInt32(), filtered.GetProperty("total").GetInt32());
        Assert.Equal(2, filtered.GetProperty("page").GetInt32());
        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.Equal(kind.Name, h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_malformed_query_is_a_400_problem_carrying_the_parsers_message()
    {
        var response = await client.GetAsync(new Uri("/api/v1/search?q=%22unclosed", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        using var store = AgreementStore.Open(factory.Store.Db);
        var parser = Assert.Throws<QuerySyntaxException>(() => store.Search(new SearchRequest("\"unclosed")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parser.Message, body.GetProperty("detail").GetString());
        Assert.Equal("q", body.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/api/v1/search?limit=101", "limit")]
    [InlineData("/api/v1/search?limit=0", "limit")]
    [InlineData("/api/v1/search?page=0", "page")]
    [InlineData("/api/v1/search?from=yesterday", "from")]
    [InlineData("/api/v1/export?format=xml", "format")]
    public async Task Out_of_range_parameters_are_400_problems_naming_the_parameter(string path, string parameter)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_refused()
    {
        var response = await client.GetAsync(new Uri("/api/v1/search?q=" + new string('a', 1001), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/articles/ffffffffffff")]
    [InlineData("/api/v1/agreements/ffffffffffff/0")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_agreement_past_the_articles_last_is_404()
    {
        var response = await client.GetAsync(new Uri($"/api/v1/agreements/{TestStore.HostileId}/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_article_carries_its_cleaned_text_and_evidence_spans_inside_it()
    {
        var hit = (await Json("/api/v1/search?q=giam%20ngheo&limit=1")).GetProperty("hits")[0];
        var article = await Json("/api/v1/articles/" + hit.GetProperty("article_id").GetString());

        var text = article.GetProperty("text").GetString()!;
        var agreement = article.GetProperty("agreements")[0];
        var evidence = agreement.GetProperty("evidence");
        Assert.InRange(evidence.GetProperty("end").GetInt32(), 1, text.Length);
        foreach (var party in agreement.GetProperty("parties").EnumerateArray().Where(p => !p.GetProperty("in_title").GetBoolean()))
        {
            var (start, end) = (party.GetProperty("start").GetInt32(), party.GetProperty("end").GetInt32());
            Assert.Equal(party.GetProperty("name").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task An_agreement_by_id_has_the_show_shape()
    {
        var shown = await Json($"/api/v1/agreements/{TestStore.HostileId}/0");

        Assert.Equal(TestStore.HostileId, shown.GetProperty("article_id").GetString());
        Assert.Equal(0, shown.GetProperty("agreement").GetInt32());
        Assert.Equal(TestStore.HostileTitle, shown.GetProperty("title").GetString());
        Assert.Equal(TestStore.HostileParty, shown.GetProperty("parties")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Stats_count_the_store_by_kind_place_year_and_party()
    {
        var stats = await Json("/api/v1/stats");

        using var store = AgreementStore.Open(factory.Store.Db);
        var expected = store.Stats();
        Assert.Equal(expected.Agreements, stats.GetProperty("agreements").GetInt32());
        Assert.Equal(expected.ByKind.Sum(k => k.Count), stats.GetProperty("by_kind").EnumerateObject().Sum(k => k.Value.GetInt32()));
        Assert.NotEmpty(stats.GetProperty("by_year").EnumerateObject());
        Assert.NotEmpty(stats.GetProperty("by_party").EnumerateObject());
    }

    [Fact]
    public async Task The_timeline_counts_every_dated_match_once_by_month_and_kind()
    {
        var timeline = await Json("/api/v1/timeline?q=");

        var plotted = timeline.GetProperty("kinds").EnumerateObject().Sum(k => k.Value.EnumerateArray().Sum(n => n.GetInt32()));
        Assert.Equal(timeline.GetProperty("total").GetInt32(), timeline.GetProperty("counted").GetInt32());
        Assert.Equal(timeline.GetProperty("counted").GetInt32() - timeline.GetProperty("undated").GetInt32(), plotted);
        var months = timeline.GetProperty("months").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
        Assert.All(timeline.GetProperty("kinds").EnumerateObject(), k => Assert.Equal(months.Count, k.Value.GetArrayLength()));
    }

    [Fact]
    public async Task The_network_links_parties_that_signed_together()
    {
        var network = await Json($"/api/v1/network?q={Uri.EscapeDataString("\"Doanh nhân trẻ\"")}");

        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("party").GetString()).ToList();
        var edge = Assert.Single(network.GetProperty("edges").EnumerateArray());
        Assert.Contains(TestStore.HostileParty, nodes);
        Assert.Equal(1, edge.GetProperty("agreements").GetInt32());
        Assert.Contains(edge.GetProperty("source").GetString(), nodes);
        Assert.Contains(edge.GetProperty("target").GetString(), nodes);
    }

    [Fact]
    public async Task Export_as_json_lines_gives_each_matching_article_once_in_the_contract_shape()
    {
        var search = await Json("/api/v1/search?q=giam%20ngheo&limit=100");
        var body = await client.GetStringAsync(new Uri("/api/v1/export?q=giam%20ngheo", UriKind.Relative));

        var ids = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        var expected = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("article_id").GetString()).Distinct().ToList();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Export_as_csv_gives_a_row_per_matching_agreement_with_the_export_header()
    {
        var response = await client.GetAsync(new Uri("/api/v1/export?q=giam%20ngheo&format=csv", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var search = await Json("/api/v1/search?q=giam%20ngheo&limit=100");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AgreementCsvRow.Header), lines[0]);
        Assert.Equal(search.GetProperty("total").GetInt32(), lines.Length - 1);
    }

    [Fact]
    public async Task Nothing_changes_the_store_over_http_no_route_takes_a_post()
    {
        using var content = new StringContent("{}");
        var response = await client.PostAsync(new Uri("/api/v1/search?q=x", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_a_policy_without_inline_script()
    {
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_pages_hold_no_inline_script()
    {
        foreach (var page in new[] { "/", "/agreement.html" })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));

            Assert.Contains("<script src=", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html);
            Assert.DoesNotMatch(@"\son[a-z]+=", html);
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_every_route()
    {
        var doc = await Json("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var route in new[] { "/api/v1/search", "/api/v1/articles/{id}", "/api/v1/agreements/{id}/{n}", "/api/v1/stats", "/api/v1/timeline", "/api/v1/network", "/api/v1/export" })
        {
            Assert.Contains(route, paths);
        }
    }
}
