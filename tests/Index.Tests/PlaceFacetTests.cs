using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Index.Tests.Support;

namespace Extraction.Index.Tests;

/// <summary>
/// One place, one facet value: a province written short or in full ("TP.HCM", "TP HCM", "Tp. Hồ Chí Minh",
/// "HCM", "thành phố Hồ Chí Minh", "Hồ Chí Minh") counts under its official name, through the real
/// extractor (canonical parties) and from the names as written (the index's own reading).
/// </summary>
public sealed class PlaceFacetTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static void Ingest(IAgreementStore store, IEnumerable<string> forms)
    {
        var i = 0;
        foreach (var form in forms)
        {
            var text = $"Ngày 12/5/2024, Sở Tư pháp {form} và Hội Nông dân {form} ký kết Chương trình phối hợp tuyên truyền pháp luật giai đoạn 2024 - 2026.";
            var article = new Article($"id-{i}", $"p/{i}.txt", null, null, "Ký kết chương trình phối hợp", new DateOnly(2024, 5, 13), null, text);
            i++;
            store.Upsert(Extractor.Extract(article));
        }
    }

    private static IReadOnlyList<FacetCount> Places(IAgreementStore store) =>
        store.Search(new SearchRequest("\"Tư pháp\"", Limit: 50)).Facets["place"];

    [Theory, SqliteBackend, PostgresBackend]
    public void Every_way_of_writing_Ho_Chi_Minh_City_is_one_place(Backend backend)
    {
        using var t = TestStore.Create(backend);
        string[] forms = ["TP.HCM", "TP HCM", "Tp. Hồ Chí Minh", "HCM", "thành phố Hồ Chí Minh", "Hồ Chí Minh", "TPHCM"];

        Ingest(t.Store, forms);

        Assert.Equal(new FacetCount("Hồ Chí Minh", forms.Length), Assert.Single(Places(t.Store)));
        Assert.Equal(forms.Length, t.Store.Search(new SearchRequest("place:\"Hồ Chí Minh\"", Limit: 50)).Hits.Count);
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Abbreviated_and_full_province_names_share_one_facet_value(Backend backend)
    {
        using var t = TestStore.Create(backend);

        Ingest(t.Store, ["HN", "Hà Nội", "TP Hà Nội", "TT-Huế", "Thừa Thiên Huế", "tỉnh Thừa Thiên Huế", "BR-VT", "Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"]);

        Assert.Equal(
            [new FacetCount("Bà Rịa - Vũng Tàu", 3), new FacetCount("Hà Nội", 3), new FacetCount("Thừa Thiên Huế", 3)],
            Places(t.Store).OrderBy(f => f.Value, StringComparer.Ordinal));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Names_as_written_with_a_keyword_facet_to_the_official_name(Backend backend)
    {
        using var t = TestStore.Create(backend);
        string[] parties = ["Sở Tư pháp TP.HCM", "Sở Tư pháp TP HCM", "Sở Tư pháp Tp. Hồ Chí Minh", "Sở Tư pháp thành phố Hồ Chí Minh", "Sở Tư pháp tỉnh BR-VT"];
        for (var i = 0; i < parties.Length; i++)
        {
            t.Store.Upsert(Make.Article($"w/{i}.txt", $"Ngày 12/5, {parties[i]} ký kết Chương trình phối hợp.", "Chương trình phối hợp", null, "2024-05-12", [parties[i]]));
        }

        Assert.Equal(
            [new FacetCount("Bà Rịa - Vũng Tàu", 1), new FacetCount("Hồ Chí Minh", 4)],
            Places(t.Store).OrderBy(f => f.Value, StringComparer.Ordinal));
    }

    [Theory, SqliteBackend, PostgresBackend]
    public void Places_are_read_as_extraction_reads_them(Backend backend)
    {
        using var t = TestStore.Create(backend);
        // A numbered district counts; the provincial Youth Union and a person after the unit word are no place.
        string[] parties = ["UBND Quận 7", "Ban Thường vụ Tỉnh Đoàn", "Chủ tịch UBND tỉnh Nguyễn Văn Bình", "Hội Nông dân thị xã Đồ Sơn"];
        for (var i = 0; i < parties.Length; i++)
        {
            t.Store.Upsert(Make.Article($"r/{i}.txt", $"Ngày 12/5, {parties[i]} ký kết Chương trình phối hợp.", "Chương trình phối hợp", null, "2024-05-12", [parties[i], "Sở Tư pháp"]));
        }

        Assert.Equal(
            [new FacetCount("quận 7", 1), new FacetCount("thị xã Đồ Sơn", 1)],
            Places(t.Store).OrderBy(f => f.Value, StringComparer.Ordinal));
    }
}
