using Extraction.Extract.Confidence;

namespace Extraction.Extract.Parties;

/// <summary>A signing side found in one sentence: verbatim name, canonical form, character offsets in the source string, where it was read.</summary>
internal sealed record PartyMention(string Name, string Canonical, int Start, int End, Provenance Source)
{
    /// <summary>Named after "với" ("X ký kết … với Y"): a partner of the subject rather than a co-subject.</summary>
    public bool Partner { get; init; }

    /// <summary>Named after a later "và với" ("… với A về …, và với B về …"): the partner of a document of its own.</summary>
    public bool OwnDocument { get; init; }

    /// <summary>Found only in the headline: <see cref="Start"/> and <see cref="End"/> index the title.</summary>
    public bool InTitle { get; init; }

    /// <summary>The same mention with its span found in <paramref name="text"/> (a headline mention), or kept in the title when absent.</summary>
    public PartyMention MapTo(string text)
    {
        var at = text.IndexOf(Name, StringComparison.Ordinal);
        // A side named only in the headline keeps its span into the title, flagged so offsets are never misread.
        return at >= 0 ? this with { Start = at, End = at + Name.Length } : this with { InTitle = true };
    }
}
