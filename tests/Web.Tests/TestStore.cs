using Extraction.Extract;
using Extraction.Extract.Model;
using Extraction.Index;
using Extraction.Ingest;

namespace Extraction.Web.Tests;

/// <summary>
/// A SQLite store built once for the web tests: the repository's corpus/ and seeds/ through the real
/// Ingest and Extract stages, plus one hostile article whose title and parties carry markup.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string HostileId = "hostile0000000001";

    /// <summary>The title of the hostile article: a script element the page must show as text.</summary>
    public const string HostileTitle = "Ký kết hợp tác <script>document.body.dataset.pwned='title'</script> giữa hai bên";

    public const string HostileParty = "Công ty <img src=x onerror=\"document.body.dataset.pwned='party'\"> Bình An";

    private readonly string folder;

    public TestStore()
    {
        folder = Path.Combine(Path.GetTempPath(), "agreements-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Db = Path.Combine(folder, "web.db");
        var root = RepoRoot();
        var ingest = new IngestPipeline();
        var extractor = new AgreementExtractor();
        using var store = AgreementStore.Open(Db);
        foreach (var item in InputReader.Read([Path.Combine(root, "corpus"), Path.Combine(root, "seeds")]))
        {
            if (item.Document is { } document)
            {
                store.Upsert(extractor.Extract(ingest.Clean(document)));
            }
        }
        store.Upsert(Hostile());
    }

    public string Db { get; }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("no Extraction.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>An article as an attacker would write it: markup in the title, a party, an item and the text.</summary>
    private static ExtractedArticle Hostile()
    {
        var text = $"Ngày 05/03/2024, {HostileParty} và Hội Doanh nhân trẻ ký kết Thỏa thuận hợp tác <b onmouseover=alert(1)>về đào tạo</b>.";
        var partyStart = text.IndexOf(HostileParty, StringComparison.Ordinal);
        var second = "Hội Doanh nhân trẻ";
        var secondStart = text.IndexOf(second, StringComparison.Ordinal);
        var kindStart = text.IndexOf("Thỏa thuận hợp tác", StringComparison.Ordinal);
        var article = new Article(HostileId, "hostile/evil.html", "javascript:document.body.dataset.pwned='url'", "evil.example", HostileTitle,
            new DateOnly(2024, 3, 5), null, text);
        var agreement = new Agreement(
            "Thỏa thuận hợp tác", "về đào tạo", PartialDate.From(new DateOnly(2024, 3, 5)), null, null,
            [
                new Party(HostileParty, HostileParty, new TextSpan(partyStart, partyStart + HostileParty.Length)),
                new Party(second, second, new TextSpan(secondStart, secondStart + second.Length)),
            ],
            [], [], [], new TextSpan(0, text.Length), 0.9)
        {
            KindSpan = new TextSpan(kindStart, kindStart + "Thỏa thuận hợp tác".Length),
        };
        return new ExtractedArticle(article, true, [agreement], AgreementExtractor.Version);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing its store: the temp folder is left for the OS to clean.
        }
    }
}
