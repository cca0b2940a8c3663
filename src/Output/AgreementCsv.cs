using CsvHelper;
using Extraction.Extract.Model;

namespace Extraction.Output;

/// <summary>
/// Writes the CSV export through CsvHelper: RFC 4180 (CRLF, quotes only where needed), one row per
/// agreement, an optional UTF-8 byte order mark for spreadsheets, and text cells that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) prefixed with an apostrophe.
/// </summary>
public sealed class AgreementCsv : IDisposable
{
    // Escape, not Strip or Throw: the apostrophe makes Excel and LibreOffice show the cell as text
    // and keeps the value whole (a name starting with "-" loses nothing); one odd title must not stop
    // an export. A leading '-' ("-5") is escaped too: every cell we write is text, offsets included.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly CsvWriter csv;

    private AgreementCsv(CsvWriter csv) => this.csv = csv;

    /// <summary>Starts the export on <paramref name="w"/> (left open) with the header row.</summary>
    /// <param name="byteOrderMark">Start with U+FEFF so Excel reads the file as UTF-8, not the ANSI code page.</param>
    public static AgreementCsv Start(TextWriter w, bool byteOrderMark)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (byteOrderMark)
        {
            // CsvHelper writes its BOM option only to streams; to a TextWriter (stdout, --out) the
            // character is written here and the writer's UTF-8 encoding turns it into EF BB BF.
            w.Write('\uFEFF');
        }
        var csv = CsvWriter.Create(w, Options, leaveOpen: true);
        csv.WriteHeader(AgreementCsvRow.Header);
        return new AgreementCsv(csv);
    }

    public void Write(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (var i = 0; i < article.Agreements.Count; i++)
        {
            csv.WriteRecord(AgreementCsvRow.Cells(article.Article, i, article.Agreements[i]));
        }
    }

    /// <summary>One agreement's row: a query's export writes the agreements that matched, not their whole articles.</summary>
    public void Write(ExtractedArticle article, int index)
    {
        ArgumentNullException.ThrowIfNull(article);
        csv.WriteRecord(AgreementCsvRow.Cells(article.Article, index, article.Agreements[index]));
    }

    /// <summary>Hands what is buffered to the writer, so a streamed export reaches its reader as it goes.</summary>
    public void Flush() => csv.Flush();

    public void Dispose() => csv.Dispose();
}
