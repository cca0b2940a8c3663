namespace Extraction.Extract.Parties;

/// <summary>A signing side found in one sentence: verbatim name, canonical form, character offsets in the source string.</summary>
internal sealed record PartyMention(string Name, string Canonical, int Start, int End, double Confidence)
{
    /// <summary>Named after "với" ("X ký kết … với Y"): a partner of the subject rather than a co-subject.</summary>
    public bool Partner { get; init; }
}
