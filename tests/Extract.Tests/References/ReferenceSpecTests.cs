using System.Text.Json;
using Extraction.Extract.Model;
using Extraction.Extract.References;
using Extraction.Extract.Serialization;
using Extraction.Extract.Tests.Items;

namespace Extraction.Extract.Tests.References;

/// <summary>The examples of Specs/References.md, one theory case each.</summary>
public sealed class ReferenceSpecTests
{
    public static TheoryData<string, string, string> Examples => DetailSpecLoader.Load("References.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_cited_documents_of_the_spec_example(string name, string input, string expectedJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);

        var found = ReferenceFinder.Find(input, new TextSpan(0, input.Length));

        var actual = string.Join(" | ", found.Select(r => $"{r.Type} / {r.Number} / {r.Date:yyyy-MM-dd} / {r.Issuer} / {r.Text}"));
        var wanted = expected.RootElement.EnumerateArray().ToList();
        Assert.True(wanted.Count == found.Count, $"{name}: expected {wanted.Count}, got {actual}");
        for (var i = 0; i < wanted.Count; i++)
        {
            var e = wanted[i];
            var r = found[i];
            Assert.True(
                JsonFields.String(e, "type") == r.Type && JsonFields.String(e, "number") == r.Number
                && JsonFields.String(e, "date") == r.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                && JsonFields.String(e, "issuer") == r.Issuer
                && (!e.TryGetProperty("text", out var t) || t.GetString() == r.Text),
                $"{name}: expected {e}, got {actual}");
            Assert.Equal(r.Text, r.Span.Slice(input));
        }
    }
}
