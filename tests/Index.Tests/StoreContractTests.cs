using Extraction.Extract.Model;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

/// <summary>The one behaviour contract both backends must keep; each theory runs on SQLite and on PostgreSQL.</summary>
public sealed class StoreContractTests
{
    private const string HuongTra =
        "Ngày 05/07, Ủy ban MTTQ Việt Nam thị xã Hương Trà và Phòng giao dịch Ngân hàng CSXH thị xã tổ chức lễ ký kết Kế hoạch phối hợp về triển khai thực hiện Chương trình phối hợp số 10 giữa Ủy ban Trung ương MTTQVN và NHCSXH.";

    private const string TraVinh =
        "Sáng 09/5, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh và Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh đã kí kết Chương trình phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.";

    private const string HaiDuong =
        "Ngày 7/8, Sở LĐ-TB&XH và Ủy ban MTTQ tỉnh Hải Dương ký kết chương trình phối hợp thực hiện Chương trình Mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh.";

    private static void Seed(IAgreementStore store)
    {
        store.Upsert(Make.Article("a/huong-tra.txt", HuongTra, "Kế hoạch phối hợp", "triển khai thực hiện Chương trình phối hợp số 10", "2023-07-05",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Hương Trà", "Phòng giao dịch Ngân hàng Chính sách xã hội thị xã Hương Trà"], title: "Hương Trà: Kí kết kế hoạch phối hợp", published: new DateOnly(2023, 7, 6)));
        store.Upsert(Make.Article("a/tra-vinh.txt", TraVinh, "Chương trình phối hợp", "thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "2022-05-09",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh", "Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh"]));
        store.Upsert(Make.Article("a/hai-duong.txt", HaiDuong, "Chương trình phối hợp", "thực hiện Chương trình Mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Hải Dương", "2023-08-07",
            ["Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương"]));
    }

    private static List<string> Sources(IAgreementStore store, string query) =>
        store.Search(new SearchRequest(query, Limit: 50)).Hits.Select(h => h.Source).ToList();

    [Theory, SqliteBackend, PostgresBackend]
    public void Upsert_says_whether_it_added_restored_or_replaced_another_page(Backend backend)
    {
        using var t = TestStore.Create(backend);
        const string url = "https://example.vn/tin/1";

        Assert.Equal(UpsertOutcome.Added, t.Store.Upsert(Make.Article(url, TraVinh, id: "page-a")));
        Assert.Equal(UpsertOutcome.Updated, t.Store.Upsert(Make.Article(url, TraVinh, id: "page-a")));
        Assert.Equal(UpsertOutcome.Replaced, t.Store.Upsert(Make.Article(url, HaiDuong, id: "page-b")));
        Assert.Null(t.Store.Get("page-a"));
        Assert.NotNull(t.Store.Get("page-b"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Unaccented_query_finds_accented_text(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "tra vinh giam ngheo"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Old_tone_placement_and_i_for_y_find_the_new_spelling(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        // The Trà Vinh text says "kí kết"; the Hải Dương text says "ký kết".
        Assert.Equal(2, Sources(t.Store, "ký kết giảm nghèo").Count);
        Assert.Equal(3, Sources(t.Store, "\"Uỷ ban\"").Count);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Abbreviation_in_the_query_finds_the_spelled_out_name_and_back(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(3, Sources(t.Store, "MTTQ").Count);
        Assert.Equal(3, Sources(t.Store, "mttq").Count);
        // Only the Hải Dương text writes "Sở LĐ-TB&XH", yet the spelled-out query and the abbreviation both find both Sở.
        Assert.Equal(["a/hai-duong.txt", "a/tra-vinh.txt"], Sources(t.Store, "\"Sở Lao động Thương binh và Xã hội\"").Order());
        Assert.Equal(["a/hai-duong.txt", "a/tra-vinh.txt"], Sources(t.Store, "LĐTBXH").Order());
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void An_abbreviation_and_its_words_typed_out_find_the_same_agreements(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("n/ubnd.txt", "UBND tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp về giảm nghèo.", "Chương trình phối hợp", "giảm nghèo", "2023-03-01", ["UBND tỉnh", "Hội Nông dân tỉnh"]));
        t.Store.Upsert(Make.Article("n/strewn.txt", "Ủy ban MTTQ tỉnh và Ban Dân vận ký kết chương trình phối hợp vận động nhân dân tham gia giảm nghèo.", "Chương trình phối hợp", "vận động nhân dân", "2023-03-02", ["Ủy ban MTTQ tỉnh", "Ban Dân vận Tỉnh ủy"]));
        t.Store.Upsert(Make.Article("n/bank.txt", "Ngân hàng Chính sách xã hội tỉnh và Hội Phụ nữ tỉnh ký kết chương trình phối hợp về cho vay giảm nghèo.", "Chương trình phối hợp", "cho vay giảm nghèo", "2023-03-03", ["Ngân hàng Chính sách xã hội tỉnh", "Hội Phụ nữ tỉnh"]));
        t.Store.Upsert(Make.Article("n/other-bank.txt", "Ngân hàng Nông nghiệp tỉnh và Sở Lao động ký kết chương trình phối hợp về chính sách xã hội.", "Chương trình phối hợp", "chính sách xã hội", "2023-03-04", ["Ngân hàng Nông nghiệp tỉnh", "Sở Lao động tỉnh"]));

        Assert.Equal(["n/ubnd.txt"], Sources(t.Store, "UBND"));
        Assert.Equal(Sources(t.Store, "UBND"), Sources(t.Store, "Ủy ban nhân dân"));
        Assert.Equal(Sources(t.Store, "UBND"), Sources(t.Store, "uy ban nhan dan tinh"));
        Assert.Equal(["n/bank.txt"], Sources(t.Store, "NHCSXH"));
        Assert.Equal(Sources(t.Store, "NHCSXH"), Sources(t.Store, "ngân hàng chính sách xã hội"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void A_phrase_never_matches_across_two_parties(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "party:\"Trà Vinh\""));
        // The Trà Vinh agreement's first party ends "… tỉnh Trà Vinh" and its second begins "Sở Lao động".
        Assert.Empty(Sources(t.Store, "party:\"Trà Vinh Sở\""));
        Assert.Empty(Sources(t.Store, "\"Trà Vinh Sở Lao động\""));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Snippets_mark_what_matched_and_not_words_that_only_share_a_folded_syllable(Backend backend)
    {
        using var t = TestStore.Create(backend);
        const string text = "UBND xã Hòa Tiến và Ban Dân vận ký kết chương trình phối hợp về hòa giải ở cơ sở, không dùng hóa chất; nhân dân cùng tham gia.";
        t.Store.Upsert(Make.Article("m/hoa.txt", text, "Chương trình phối hợp", "hòa giải ở cơ sở", "2023-03-01", ["UBND xã Hòa Tiến", "Ban Dân vận"]));

        var hoa = Assert.Single(t.Store.Search(new SearchRequest("hòa giải")).Hits).Snippet;
        Assert.Contains("[hòa] [giải]", hoa, StringComparison.Ordinal);
        Assert.DoesNotContain("[hóa]", hoa, StringComparison.Ordinal);

        var ubnd = Assert.Single(t.Store.Search(new SearchRequest("Ủy ban nhân dân")).Hits).Snippet;
        Assert.Contains("[UBND]", ubnd, StringComparison.Ordinal);
        Assert.DoesNotContain("[Ban]", ubnd, StringComparison.Ordinal);
        Assert.DoesNotContain("[nhân]", ubnd, StringComparison.Ordinal);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Query_with_the_right_diacritics_ranks_exact_matches_first(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("b/hoa.txt", "Hội Nông dân xã và Ủy ban MTTQ ký chương trình phối hợp về hòa giải ở cơ sở.", "Chương trình phối hợp", "hòa giải ở cơ sở", "2023-03-01", ["Hội Nông dân xã Hòa Tiến"]));
        t.Store.Upsert(Make.Article("b/hoa-hoc.txt", "Hội Nông dân xã và Ủy ban MTTQ ký chương trình phối hợp về hóa chất nông nghiệp.", "Chương trình phối hợp", "hóa chất nông nghiệp", "2023-03-01", ["Hội Nông dân xã Hóa Tiến"]));
        Assert.Equal(["b/hoa.txt", "b/hoa-hoc.txt"], Sources(t.Store, "hòa"));
        Assert.Equal(["b/hoa-hoc.txt", "b/hoa.txt"], Sources(t.Store, "hóa"));
        Assert.Equal(2, Sources(t.Store, "hoa").Count);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Parties_rank_above_body(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("c/body.txt", "Tham dự có đại diện Hội Cựu chiến binh tỉnh. Hội Phụ nữ tỉnh và Đoàn Thanh niên tỉnh ký kết chương trình phối hợp.", "Chương trình phối hợp", "tuyên truyền pháp luật", null, ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]));
        t.Store.Upsert(Make.Article("c/party.txt", "Hội Cựu chiến binh tỉnh và Công an tỉnh ký kết chương trình phối hợp.", "Chương trình phối hợp", "bảo đảm an ninh trật tự", null, ["Hội Cựu chiến binh tỉnh", "Công an tỉnh"]));
        Assert.Equal(["c/party.txt", "c/body.txt"], Sources(t.Store, "cựu chiến binh"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Phrases_exclusions_and_or_combine(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(["a/huong-tra.txt"], Sources(t.Store, "\"ngân hàng chính sách\""));
        Assert.Equal(["a/hai-duong.txt"], Sources(t.Store, "giảm nghèo -\"trà vinh\""));
        Assert.Equal(["a/hai-duong.txt", "a/huong-tra.txt"], Sources(t.Store, "\"hải dương\" OR \"hương trà\"").Order());
        Assert.Equal(["a/hai-duong.txt", "a/tra-vinh.txt"], Sources(t.Store, "-NHCSXH").Order());
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Fields_and_date_filters_narrow_the_hits(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(["a/huong-tra.txt"], Sources(t.Store, "kind:\"kế hoạch\""));
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "place:\"tra vinh\""));
        Assert.Equal(["a/hai-duong.txt"], Sources(t.Store, "party:LĐTBXH place:\"Hải Dương\""));
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "year:2022"));
        Assert.Equal(["a/hai-duong.txt"], Sources(t.Store, "giảm nghèo from:01/06/2023"));
        Assert.Equal(["a/huong-tra.txt", "a/tra-vinh.txt"], Sources(t.Store, "to:2023-07-31").Order());
        Assert.Equal(["a/hai-duong.txt"], t.Store.Search(new SearchRequest("giảm nghèo", Place: "Hải Dương")).Hits.Select(h => h.Source));
        // The party field does not match words that only the subject has.
        Assert.Empty(Sources(t.Store, "party:\"giảm nghèo\""));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Facets_count_every_match_of_the_same_query(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var r = t.Store.Search(new SearchRequest("mặt trận", Limit: 1));
        Assert.Equal(3, r.Total);
        Assert.Single(r.Hits);
        Assert.Contains(new FacetCount("Chương trình phối hợp", 2), r.Facets["kind"]);
        Assert.Contains(new FacetCount("2023", 2), r.Facets["year"]);
        Assert.Contains(new FacetCount("Trà Vinh", 1), r.Facets["place"]);
        Assert.Contains(new FacetCount("Hải Dương", 1), r.Facets["place"]);
        Assert.Contains(new FacetCount("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh", 1), r.Facets["party"]);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Paging_walks_the_same_ranking_without_overlap(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var all = Sources(t.Store, "chương trình");
        var paged = Enumerable.Range(0, 3)
            .SelectMany(i => t.Store.Search(new SearchRequest("chương trình", Limit: 1, Offset: i)).Hits.Select(h => h.Source))
            .ToList();
        Assert.Equal(all, paged);
        var noFacets = t.Store.Search(new SearchRequest("chương trình", Limit: 2, Offset: 1) { Facets = false });
        Assert.Equal(all.Skip(1), noFacets.Hits.Select(h => h.Source));
        Assert.Equal(3, noFacets.Total);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Matches_streams_every_match_in_search_order_beyond_one_chunk(Backend backend)
    {
        using var t = TestStore.Create(backend);
        // More matches than one chunk of rows (500), dated across years so the date order is not the insert order.
        var articles = Enumerable.Range(0, 620).Select(i => Make.Article(
            $"m/{i:D4}.txt", i % 2 == 0 ? TraVinh : HaiDuong, "Chương trình phối hợp", "giảm nghèo bền vững",
            $"{2010 + (i * 7 % 13)}-0{1 + (i % 9)}-1{i % 10}",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh", "Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh"]));
        t.Store.UpsertMany(articles, batchSize: 500);

        foreach (var request in new[] { new SearchRequest("giam ngheo"), new SearchRequest("giam ngheo") { SortByDate = true }, new SearchRequest("") })
        {
            var total = t.Store.Search(request with { Limit = 0 }).Total;
            var matches = t.Store.Matches(request with { Offset = 7, Limit = 3 }).Select(h => (h.ArticleId, h.AgreementIndex)).ToList();
            // Ranked as one search that asks for every match (ties broken the same way).
            var oneSearch = t.Store.Search(request with { Limit = total }).Hits.Select(h => (h.ArticleId, h.AgreementIndex));

            Assert.Equal(620, total);
            Assert.Equal(total, matches.Count);
            Assert.Equal(total, matches.Distinct().Count());
            Assert.Equal(oneSearch, matches);
        }
        Assert.Throws<QuerySyntaxException>(() => t.Store.Matches(new SearchRequest("\"giam")));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Hits_carry_article_id_evidence_span_and_marked_snippet(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var hit = Assert.Single(t.Store.Search(new SearchRequest("tra vinh giam ngheo")).Hits);
        Assert.Equal("id-a/tra-vinh.txt", hit.ArticleId);
        Assert.Equal(0, hit.AgreementIndex);
        Assert.True(hit.EvidenceEnd > hit.EvidenceStart);
        Assert.Contains("[Trà] [Vinh]", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("[giảm] [nghèo]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("2022-05-09", hit.SignedOn);
        Assert.Contains("Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh", hit.Parties);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Article_search_returns_articles_including_ones_without_agreements(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        t.Store.Upsert(Make.Article("a/review.txt", "Ủy ban MTTQ tỉnh Trà Vinh sơ kết 2 năm thực hiện chương trình giảm nghèo."));
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "trà vinh"));
        var articles = t.Store.Search(new SearchRequest("trà vinh", Articles: true)).Hits;
        Assert.Equal(["a/review.txt", "a/tra-vinh.txt"], articles.Select(h => h.Source).Order());
        Assert.All(articles, h => Assert.Equal(-1, h.AgreementIndex));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Syndicated_copies_collapse_to_one_hit(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        t.Store.Upsert(Make.Article("b/copy-of-tra-vinh.txt", TraVinh, "Chương trình phối hợp", "giảm nghèo bền vững", "2022-05-09",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh"], duplicateOf: "id-a/tra-vinh.txt"));
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "trà vinh"));
        Assert.Equal(3, t.Store.Stats().Agreements);
        Assert.Equal(1, t.Store.Stats().HiddenAgreements);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Reingesting_a_source_replaces_it(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Seed(t.Store);
        t.Reopen();
        Seed(t.Store);
        Assert.Equal(3, t.Store.Stats().Articles);
        Assert.Equal(3, t.Store.Search(new SearchRequest("")).Total);
        t.Store.Upsert(Make.Article("a/tra-vinh.txt", "Bài viết đã sửa: Hội Nông dân tỉnh ký kết với Ngân hàng Nông nghiệp.", "Chương trình phối hợp", "hỗ trợ nông dân", "2022-05-09", ["Hội Nông dân tỉnh"]));
        Assert.Empty(Sources(t.Store, "giảm nghèo trà vinh"));
        Assert.Equal(["a/tra-vinh.txt"], Sources(t.Store, "nông dân"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void A_bad_article_in_a_batch_loses_nothing_else(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var bad = Make.Article(null!, "Văn bản lỗi không có nguồn.", parties: ["Hội Nông dân"]);
        var good = Make.Article("d/good.txt", "Hội Nông dân huyện và Phòng Nông nghiệp huyện ký kết quy chế phối hợp.", "Quy chế phối hợp", null, "2024-01-02", ["Hội Nông dân huyện"]);
        var report = t.Store.UpsertMany([bad, good]);
        Assert.Equal(1, report.Stored);
        Assert.Single(report.Failed);
        Assert.Equal(4, t.Store.Stats().Articles);
        Assert.Equal(["d/good.txt"], Sources(t.Store, "quy chế"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void A_query_too_long_for_the_engine_is_a_syntax_error_that_says_so(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var pasted = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"tu{i}"));
        var e = Assert.Throws<QuerySyntaxException>(() => t.Store.Search(new SearchRequest(pasted)));
        Assert.StartsWith("too long: its words and phrases make more than 1,024 search clauses", e.Message, StringComparison.Ordinal);
        Assert.Throws<QuerySyntaxException>(() => t.Store.Matches(new SearchRequest(pasted)).ToList());
        Assert.NotEmpty(Sources(t.Store, "giam ngheo"));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Malformed_query_throws_syntax_error_and_leaves_the_store_intact(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        foreach (var q in new[] { "'; DROP TABLE articles; --", "NEAR(mttq ubnd)", "\"giảm nghèo", "ubnd*" })
        {
            Assert.Throws<QuerySyntaxException>(() => t.Store.Search(new SearchRequest(q)));
        }
        Assert.Equal(3, t.Store.Stats().Articles);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Get_finds_by_id_or_unique_prefix_and_round_trips_the_record(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var got = t.Store.Get("id-a/tra-v");
        Assert.NotNull(got);
        Assert.Equal(TraVinh, got.Article.Text);
        Assert.Equal(new PartialDate(2022, 5, 9), got.Agreements[0].SignedOn);
        Assert.Equal("1", got.ExtractorVersion);
        Assert.Null(t.Store.Get("id-a/"));
        Assert.Null(t.Store.Get("nothing"));
        Assert.Equal(["a/hai-duong.txt", "a/huong-tra.txt", "a/tra-vinh.txt"], t.Store.All().Select(a => a.Article.Source));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Stats_count_by_kind_place_and_year(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        var s = t.Store.Stats();
        Assert.Equal(3, s.Agreements);
        Assert.Contains(new FacetCount("Chương trình phối hợp", 2), s.ByKind);
        Assert.Contains(new FacetCount("Hải Dương", 1), s.ByPlace);
        Assert.Contains(new FacetCount("thị xã Hương Trà", 1), s.ByPlace);
        Assert.Contains(new FacetCount("2023", 2), s.ByYear);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Reprocessing_resumes_after_a_stop_and_never_duplicates(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.UpsertMany(Enumerable.Range(0, 450).Select(i =>
            Make.Article($"r/{i:D4}.txt", $"Hội Nông dân xã số {i} ký kết chương trình phối hợp.", "Chương trình phối hợp", null, null, ["Hội Nông dân xã"], version: "old")));
        var done = 0;
        foreach (var a in t.Store.ArticlesNeedingVersion("new"))
        {
            t.Store.Upsert(new ExtractedArticle(a, true, [], "new"));
            if (++done == 250)
            {
                break; // the run is stopped here
            }
        }
        t.Reopen();
        var rest = t.Store.ArticlesNeedingVersion("new").Select(a => a.Source).ToList();
        Assert.Equal(200, rest.Count);
        Assert.Equal(rest.Distinct().Count(), rest.Count);
        foreach (var a in t.Store.ArticlesNeedingVersion("new"))
        {
            t.Store.Upsert(new ExtractedArticle(a, true, [], "new"));
        }
        Assert.Empty(t.Store.ArticlesNeedingVersion("new"));
        Assert.Equal(450, t.Store.Stats().Articles);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Ids_starting_with_a_prefix_tell_ambiguous_from_unknown(Backend backend)
    {
        using var t = TestStore.Create(backend);
        Seed(t.Store);
        Assert.Equal(["id-a/hai-duong.txt", "id-a/huong-tra.txt", "id-a/tra-vinh.txt"], t.Store.IdsStartingWith("id-a/", 10));
        Assert.Equal(["id-a/tra-vinh.txt"], t.Store.IdsStartingWith("id-a/tra", 10));
        Assert.Empty(t.Store.IdsStartingWith("zzzz", 10));
        Assert.Single(t.Store.IdsStartingWith("id-a/", 1));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Reprocessing_leaves_rows_of_a_newer_extractor_alone(Backend backend)
    {
        using var t = TestStore.Create(backend);
        t.Store.Upsert(Make.Article("v/old.txt", HuongTra, "Kế hoạch phối hợp", null, null, ["Hội Nông dân xã"], version: "0.3.0"));
        t.Store.Upsert(Make.Article("v/new.txt", TraVinh, "Chương trình phối hợp", null, null, ["Hội Nông dân xã"], version: "0.10.0"));

        Assert.Equal(["v/old.txt"], t.Store.ArticlesNeedingVersion("0.3.1").Select(a => a.Source));
    }
}
