using Extraction.Extract.Lexicons;
using Extraction.Ingest;

namespace Extraction.Extract.Tests;

/// <summary>
/// Every document kind the lexicon knows, signed between two named bodies, is a signing of that kind: no other word list
/// may claim the kind's first words ("nghị định" is a decree, "nghị định thư" a protocol; LongerAgreementKind).
/// </summary>
public sealed class KindLexiconSigningTests
{
    public static TheoryData<string> Kinds()
    {
        var kinds = new TheoryData<string>();
        foreach (var form in EmbeddedTsv.Read("kinds.tsv").Where(r => r.Length >= 2).Select(r => r[0]).Distinct(StringComparer.Ordinal))
        {
            kinds.Add(form);
        }
        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_the_lexicon_after_the_verb_is_a_signing_of_that_kind(string form)
    {
        var written = char.ToLowerInvariant(form[0]) + form[1..];
        var text = $"Sáng 5/3, Sở Y tế tỉnh Đồi Cát và Công ty cổ phần Hoa Anh đã ký {written} về hợp tác đào tạo.";
        var article = new Article("kinds", "kinds.txt", null, null, "Tin hoạt động", new DateOnly(2024, 3, 13), null, text);

        var agreement = Assert.Single(new AgreementExtractor().Extract(article).Agreements);

        Assert.Equal(["Sở Y tế tỉnh Đồi Cát", "Công ty cổ phần Hoa Anh"], agreement.Parties.Select(p => p.Name));
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), agreement.KindSpan?.Start);
    }
}
