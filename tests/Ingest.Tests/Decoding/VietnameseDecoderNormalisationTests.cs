using System.Text;
using Extraction.Ingest.Decoding;

namespace Extraction.Ingest.Tests.Decoding;

/// <summary>Output is NFC, whatever form came in, and the writer's tone placement is kept.</summary>
public sealed class VietnameseDecoderNormalisationTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    public void Decomposed_input_and_its_composed_twin_decode_to_the_same_NFC_text(string encoding)
    {
        var composed = SeedText.Sentences[1];
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var fromNfd = VietnameseDecoder.Decode(LegacyEncoder.Encode(encoding, decomposed), null, html: false);
        var fromNfc = VietnameseDecoder.Decode(LegacyEncoder.Encode(encoding, composed), null, html: false);

        Assert.Equal(composed, fromNfd);
        Assert.Equal(fromNfc, fromNfd);
    }

    [Theory]
    [InlineData("utf-8", "hoà")]
    [InlineData("utf-8", "hòa")]
    [InlineData("windows-1258", "hoà")]
    [InlineData("windows-1258", "Uỷ ban")]
    [InlineData("vni", "thuỷ")]
    [InlineData("tcvn3", "Uỷ ban")]
    public void Keeps_the_writers_tone_mark_placement(string encoding, string word)
    {
        var text = $"Lễ ký kết {word} hợp tác";
        var bytes = LegacyEncoder.Encode(encoding, text);

        Assert.Equal(text, VietnameseDecoder.Decode(bytes, null, html: false));
    }
}
