using Extraction.Extract.Dates;
using Extraction.Extract.Detection;
using Extraction.Extract.Kinds;
using Extraction.Extract.Model;
using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Frames;

/// <summary>One sentence (or the headline) that reports a signing, with what it says about it.</summary>
internal sealed class Candidate
{
    public required int SentenceIndex { get; init; }

    public required bool IsTitle { get; init; }

    /// <summary>The sentence in the article text; (0,0) for the headline.</summary>
    public required TextSpan Evidence { get; init; }

    public required string SentenceText { get; init; }

    public required SigningClause Clause { get; init; }

    public required List<PartyMention> Parties { get; init; }

    public required List<(KindMention Mention, TextSpan Span)> Kinds { get; init; }

    public string? Subject { get; init; }

    public TextSpan? SubjectSpan { get; init; }

    public DateMention? Date { get; set; }

    /// <summary>The sentence the date was read from, for a year stated there.</summary>
    public string? DateSentence { get; set; }

    /// <summary>Whether the date was written in this candidate's own sentence, not taken from another.</summary>
    public bool DatedInItsSentence => Date is { } d && Evidence.Start <= d.Start && d.Start < Evidence.End;

    public string? Period { get; init; }

    public TextSpan? PeriodSpan { get; init; }

    public string? Location { get; init; }

    public TextSpan? LocationSpan { get; init; }

    /// <summary>One of several documents listed after the sentence that counts them (DocumentList.Following): each opens an agreement of its own.</summary>
    public ListedRole Listed { get; init; }

    public bool IsPlural => Kinds.Count > 0 && Kinds[0].Mention.Plural;

    /// <summary>
    /// The sentence's tokens, when the clause's verb index holds a signing verb in them; null otherwise. The second part of
    /// a sentence cut in two (CommaClauses) counts its verb from the cut, not from the sentence (an earlier "ký" standing at
    /// that index would still be read).
    /// </summary>
    public List<Token>? TokensAtVerb()
    {
        var tokens = Tokenizer.Tokenize(SentenceText, 0, SentenceText.Length);
        return Clause.VerbToken < tokens.Count && tokens[Clause.VerbToken].Lower is "ký" or "kí" or "kết" ? tokens : null;
    }
}

/// <summary>
/// A listed document's place in its list: the first opens an agreement that later sentences may still join; each later
/// one an agreement of its own that they do not join.
/// </summary>
internal enum ListedRole
{
    None,
    First,
    Later,
}
