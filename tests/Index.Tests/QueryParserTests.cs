using Extraction.Index.Query;

namespace Extraction.Index.Tests;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("\"mặt trận tổ quốc")]
    [InlineData("NEAR(mttq ubnd)")]
    [InlineData("giam ngheo*")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("x' OR '1'='1")]
    [InlineData("mttq AND ubnd")]
    [InlineData("mttq OR")]
    [InlineData("OR mttq")]
    [InlineData("foo:bar")]
    [InlineData("year:20x3")]
    [InlineData("from:31/02/2023")]
    [InlineData("from:2024 to:2023")]
    [InlineData("party:")]
    [InlineData("\"\"")]
    [InlineData("{p_f}: ubnd")]
    [InlineData("ubnd^2")]
    public void Malformed_queries_are_syntax_errors_with_a_message(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Unbalanced_quote_message_says_what_to_fix() =>
        Assert.Contains("closing", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("\"giảm nghèo")).Message);

    [Fact]
    public void Words_phrases_exclusions_and_or_groups_parse_to_clauses()
    {
        var q = QueryParser.Parse("mttq \"giảm nghèo\" -\"tổng kết\" ubnd OR hđnd");
        Assert.Equal(3, q.Clauses.Count);
        Assert.True(q.Clauses[1][0].IsPhrase);
        Assert.Equal(["ubnd", "hđnd"], q.Clauses[2].Select(t => t.Text));
        Assert.Equal("tổng kết", Assert.Single(q.Excluded).Text);
    }

    [Fact]
    public void Fields_restrict_terms_and_dates_become_filters()
    {
        var q = QueryParser.Parse("party:\"Hội Nông dân\" place:\"Trà Vinh\" kind:quy year:2021-2023 from:05/07/2023 to:2023-12-31");
        Assert.Equal([QueryField.Party, QueryField.Place, QueryField.Kind], q.Clauses.Select(c => c[0].Field));
        Assert.Equal([2021, 2022, 2023], q.Years);
        Assert.Equal(new DateOnly(2023, 7, 5), q.From);
        Assert.Equal(new DateOnly(2023, 12, 31), q.To);
    }

    [Fact]
    public void A_year_alone_bounds_from_and_to_to_that_year()
    {
        var q = QueryParser.Parse("from:2021 to:2022");
        Assert.Equal(new DateOnly(2021, 1, 1), q.From);
        Assert.Equal(new DateOnly(2022, 12, 31), q.To);
    }

    [Fact]
    public void Request_options_join_the_query_as_field_clauses()
    {
        var q = QueryParser.Parse("giảm nghèo", new SearchRequest("giảm nghèo", Party: "MTTQ", Place: "Hải Dương", From: new DateOnly(2023, 1, 1)));
        Assert.Equal([QueryField.Any, QueryField.Any, QueryField.Party, QueryField.Place], q.Clauses.Select(c => c[0].Field));
        Assert.Equal(new DateOnly(2023, 1, 1), q.From);
    }

    [Fact]
    public void A_dash_standing_between_words_is_punctuation_not_an_exclusion()
    {
        var q = QueryParser.Parse("Sở Lao động - Thương binh và Xã hội");
        Assert.Empty(q.Excluded);
        Assert.Equal(8, q.Clauses.Count);
    }

    [Fact]
    public void Hyphens_and_slashes_inside_words_are_text_not_operators()
    {
        var q = QueryParser.Parse("2021-2025 24/2021/QH15");
        Assert.Equal(2, q.Clauses.Count);
        Assert.Empty(q.Excluded);
    }
}
