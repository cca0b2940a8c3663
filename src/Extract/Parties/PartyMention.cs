namespace Extraction.Extract.Parties;

/// <summary>A signing side found in one sentence: verbatim name, canonical form, character offsets in the source string.</summary>
internal sealed record PartyMention(string Name, string Canonical, int Start, int End, double Confidence)
{
    /// <summary>Named after "với" ("X ký kết … với Y"): a partner of the subject rather than a co-subject.</summary>
    public bool Partner { get; init; }

    /// <summary>The same mention with its span found in <paramref name="text"/> (a headline mention), or empty when absent.</summary>
    public PartyMention MapTo(string text)
    {
        var at = text.IndexOf(Name, StringComparison.Ordinal);
        return at >= 0 ? this with { Start = at, End = at + Name.Length } : this with { Start = 0, End = 0 };
    }
}
