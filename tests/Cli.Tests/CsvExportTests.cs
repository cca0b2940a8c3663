using System.Text;
using CsvHelper;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Output;

namespace Extraction.Cli.Tests;

/// <summary>The CSV export on the seeds and the team's corpus, read back with CsvHelper's own reader.</summary>
public sealed class CsvExportTests : IClassFixture<CorpusStore>
{
    private static readonly CsvReaderOptions ReadOptions = CsvReaderOptions.Default with { Separator = ',' };

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private readonly CorpusStore store;

    public CsvExportTests(CorpusStore store) => this.store = store;

    [Fact]
    public void Reading_the_csv_back_gives_the_cells_of_every_agreement_with_formulas_neutralised()
    {
        var expected = CliRun.Of("export", "--db", store.Db).OutLines
            .Select(l => ArticleJsonReader.Read(l, ""))
            .SelectMany(a => a.Agreements.Select((ag, i) => AgreementCsvRow.Cells(a.Article, i, ag)))
            .Select(cells => cells.Select(Neutralised).ToArray())
            .ToList();

        var rows = Read(CliRun.Of("export", "--format", "csv", "--db", store.Db).Out, out var header);

        Assert.Equal(AgreementCsvRow.Header, header);
        Assert.True(expected.Count > 20, $"only {expected.Count} agreements");
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i], rows[i]);
        }
    }

    [Fact]
    public void Every_record_ends_with_crlf()
    {
        var csv = CliRun.Of("export", "--format", "csv", "--db", store.Db).Out;

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        for (var i = csv.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = csv.IndexOf('\n', i + 1))
        {
            Assert.Equal('\r', csv[i - 1]);
        }
    }

    [Fact]
    public void A_byte_order_mark_starts_the_output_only_with_bom()
    {
        var plain = CliRun.Of("export", "--format", "csv", "--db", store.Db).Out;
        var marked = CliRun.Of("export", "--format", "csv", "--bom", "--db", store.Db).Out;

        Assert.StartsWith("article_id,", plain, StringComparison.Ordinal);
        Assert.Equal("\uFEFF" + plain, marked);
    }

    [Fact]
    public void Bom_in_a_file_is_the_utf8_mark_and_the_vietnamese_text_after_it_is_intact()
    {
        using var dir = new TempFolder();
        var path = dir.File("agreements.csv");

        var run = CliRun.Of("export", "--format", "csv", "--bom", "--out", path, "--db", store.Db);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Read(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3), out var header);
        var canonical = Array.IndexOf(header, "canonical_parties");
        Assert.Contains(rows, r => r[canonical].Contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương", StringComparison.Ordinal));
    }

    [Fact]
    public void Bom_with_json_lines_is_refused()
    {
        var run = CliRun.Of("export", "--bom", "--db", store.Db);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("--bom", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_starts_with_an_equals_sign_comes_out_as_text_not_a_formula()
    {
        using var dir = new TempFolder();
        var seed = Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single();
        var text = File.ReadAllText(seed);
        var title = text.Split('\n').Select(l => l.Trim()).First(l => l.Contains("Ký kết", StringComparison.Ordinal));
        File.WriteAllText(dir.File("page.txt"), text.Replace(title, "=HYPERLINK(\"http://example.invalid\")&" + title, StringComparison.Ordinal));
        var db = dir.File("a.db");
        CliRun.Of("ingest", dir.File("page.txt"), "--db", db);

        var rows = Read(CliRun.Of("export", "--format", "csv", "--db", db).Out, out var header);

        var cell = rows.Single()[Array.IndexOf(header, "title")];
        Assert.StartsWith("'=HYPERLINK(", cell, StringComparison.Ordinal);
        Assert.EndsWith(title, cell, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+84 Sở Tư pháp")]
    [InlineData("@Ủy ban nhân dân")]
    [InlineData("-Hội Nông dân")]
    public void A_party_that_starts_like_a_formula_is_prefixed_with_an_apostrophe(string name)
    {
        var article = ArticleJsonReader.Read(CliRun.Of("export", "--db", store.Db).OutLines.First(l => l.Contains("\"parties\":[{", StringComparison.Ordinal)), "");
        var first = article.Agreements[0];
        var renamed = first with { Parties = [first.Parties[0] with { Name = name }, .. first.Parties.Skip(1)] };
        var output = new StringWriter();

        using (var csv = AgreementCsv.Start(output, byteOrderMark: false))
        {
            csv.Write(article with { Agreements = [renamed] });
        }

        var cell = Read(output.ToString(), out var header).Single()[Array.IndexOf(header, "parties")];
        Assert.StartsWith("'" + name, cell, StringComparison.Ordinal);
    }

    private static string Neutralised(string? cell) =>
        string.IsNullOrEmpty(cell) ? "" : Array.IndexOf(FormulaStarts, cell[0]) >= 0 ? "'" + cell : cell;

    private static List<string[]> Read(string csv, out string[] header)
    {
        using var reader = CsvReader.FromText(csv, ReadOptions);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        header = [.. reader.Headers];
        return rows;
    }
}
