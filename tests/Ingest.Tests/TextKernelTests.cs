using System.Text;
using Extraction.Ingest.Text;

namespace Extraction.Ingest.Tests;

/// <summary>The pieces of the Vietnamese text kernel every stage calls: the word rule, NFC, the embedded TSV reader.</summary>
public sealed class TextKernelTests
{
    [Fact]
    public void A_decomposed_vowel_stays_one_word_with_its_marks()
    {
        var text = "Hoà Bình, Việt Nam".Normalize(NormalizationForm.FormD);
        var words = VietnameseWords.Ranges(text);
        Assert.Equal(4, words.Count);
        Assert.All(words, w => Assert.Equal(w.Word, text[w.Start..w.End]));
        Assert.Equal("Việt".Normalize(NormalizationForm.FormD), words[2].Word);
    }

    [Fact]
    public void Punctuation_and_joiners_split_words()
    {
        Assert.Equal(["LĐ", "TB", "XH", "05", "07"], VietnameseWords.Ranges("LĐ-TB&XH 05/07").Select(w => w.Word));
    }

    [Fact]
    public void Nfc_composes_and_leaves_a_lone_surrogate_instead_of_throwing()
    {
        Assert.Equal("Việt", Nfc.Normalize("Việt".Normalize(NormalizationForm.FormD)));
        var broken = "a\uD800b";
        Assert.Equal(broken, Nfc.Normalize(broken));
    }

    [Fact]
    public void Embedded_tables_are_read_without_comments_and_a_missing_one_is_named()
    {
        var asm = typeof(VietnameseFold).Assembly;
        var rows = TsvResource.Read(asm, "Extraction.Ingest.Decoding.Tables.vni.tsv");
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r[0].StartsWith('#') || r[0].Length == 0);
        var e = Assert.Throws<InvalidOperationException>(() => TsvResource.Read(asm, "No.Such.tsv"));
        Assert.Contains("No.Such.tsv", e.Message, StringComparison.Ordinal);
    }
}
