using System.Text.RegularExpressions;
using Extraction.Extract.Confidence;
using Extraction.Ingest;
using Extraction.Ingest.Text;

namespace Extraction.Extract.Tests;

/// <summary>Confidences are read from the measured table by the value's provenance, never invented.</summary>
public sealed partial class ConfidenceTests
{
    private const string Text = "Sáng 12/3/2024, tại Hội trường UBND tỉnh, Hội Nông dân tỉnh và Sở Tài nguyên và Môi trường ký kết "
        + "Chương trình phối hợp về bảo vệ môi trường nông thôn giai đoạn 2024 - 2026 gồm các nội dung: "
        + "(1) tuyên truyền pháp luật về môi trường; (2) xây dựng mô hình nông thôn sạch; (3) kiểm tra, giám sát thực hiện.";

    private static Article Page() => new("test", "test.txt", null, null, null, new DateOnly(2024, 3, 13), null, Text);

    [Fact]
    public void Every_provenance_bucket_has_a_measured_confidence_strictly_between_0_and_1()
    {
        foreach (var p in Enum.GetValues<Provenance>().Where(p => p != Provenance.None))
        {
            Assert.InRange(ConfidenceTable.Default.Of(p)!.Value, 0.0001, 0.9999);
        }
        Assert.Null(ConfidenceTable.Default.Of(Provenance.None));
    }

    [Fact]
    public void A_table_without_a_row_for_a_bucket_is_refused_naming_the_bucket()
    {
        var rows = Rows().Where(r => r[0] != "items.before").ToList();

        var e = Assert.Throws<InvalidOperationException>(() => ConfidenceTable.Parse(rows));
        Assert.Contains("items.before", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bucket_seen_fewer_than_ten_times_carries_its_nearest_ancestors_confidence()
    {
        var rows = Rows().Where(r => r[0] != "bucket").ToDictionary(r => r[0], StringComparer.Ordinal);
        var backedOff = 0;
        foreach (var (name, row) in rows)
        {
            var from = ConfidenceBuckets.Lineage(name).FirstOrDefault(b => int.Parse(rows[b][3]) >= 10);
            if (from is null || from == name)
            {
                Assert.Equal(row[4], row[5]);
            }
            else
            {
                Assert.Equal(rows[from][4], row[5]);
                backedOff++;
            }
        }
        Assert.True(backedOff > 0, "no bucket backs off: the test checks nothing");
    }

    [Fact]
    public void The_table_names_the_sha256_of_the_gold_it_was_computed_from()
    {
        using var stream = typeof(ConfidenceTable).Assembly.GetManifestResourceStream("Confidence.confidence.tsv")!;
        var header = new StreamReader(stream).ReadToEnd();

        Assert.Matches(GoldHash(), header);
    }

    [Fact]
    public void An_agreement_its_sides_and_its_fields_carry_the_confidence_of_their_provenance()
    {
        var agreement = Assert.Single(new AgreementExtractor().Extract(Page()).Agreements);
        var table = ConfidenceTable.Default;

        Assert.Equal(Provenance.AgreementStrongTwoSides, agreement.Provenance);
        Assert.Equal(table.Of(agreement.Provenance), agreement.Confidence);
        Assert.Equal(2, agreement.Parties.Count);
        Assert.All(agreement.Parties, p => Assert.Equal(table.Of(p.Provenance), p.Confidence));
        Assert.Equal(["kind", "subject", "signed_on", "items"], agreement.FieldConfidence.Keys);
        Assert.All(agreement.FieldConfidence, f => Assert.Equal(table.Of(agreement.FieldProvenance[f.Key]), f.Value));
    }

    [Fact]
    public void Period_and_location_which_the_gold_does_not_annotate_carry_no_confidence()
    {
        var agreement = Assert.Single(new AgreementExtractor().Extract(Page()).Agreements);

        Assert.NotNull(agreement.Period);
        Assert.NotNull(agreement.Location);
        Assert.False(agreement.FieldConfidence.ContainsKey("period"));
        Assert.False(agreement.FieldConfidence.ContainsKey("location"));
    }

    private static List<string[]> Rows() => TsvResource.Read(typeof(ConfidenceTable).Assembly, "Confidence.confidence.tsv");

    [GeneratedRegex("(?m)^# gold-sha256: [0-9a-f]{64}$")]
    private static partial Regex GoldHash();
}
