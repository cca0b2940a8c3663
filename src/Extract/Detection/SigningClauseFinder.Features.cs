using Extraction.Extract.Parties;
using Extraction.Extract.Text;

namespace Extraction.Extract.Detection;

/// <summary>
/// The clause-level view a learned detector sees: every "ký"/"kí" that is the verb (not "đăng ký", "ký túc
/// xá"), the rule's verdict on it, and hand-built features of its context. Used to measure a learned scorer
/// against the rule (bench/Learning); the extractor itself runs the rule.
/// </summary>
internal static partial class SigningClauseFinder
{
    public static readonly string[] FeatureNames =
    [
        "plan", "background", "future_in_sentence", "future_ceremony", "history", "intent", "anniversary_or_relative",
        "passive", "passive_background_opener", "other_document", "relative_after_kind", "ceremony", "firm_word_before",
        "ky_ket", "agreement_phrase", "both_sides", "giua_after", "voi_after", "sentence_length", "verb_position",
        "numeric_date", "done_aspect", "ban_hanh_after", "verbs_in_sentence", "organisations",
    ];

    /// <summary>Whether the rule takes this verb as a reported signing.</summary>
    public static bool RuleAccepts(IReadOnlyList<Token> tokens, int verb, int verbEnd) => Judge(tokens, verb, verbEnd) is not null;

    public static float[] Features(IReadOnlyList<Token> tokens, int verb, int verbEnd)
    {
        var clauseStart = ClauseStart(tokens, verb);
        var passive = WordBefore(tokens, verb, 1) == "được" || WordBefore(tokens, verb, 2) == "được";
        var before = WordBefore(tokens, verb, 1);
        var verbs = Verbs(tokens).Count();
        return
        [
            F(HasBefore(tokens, verb, clauseStart, 4, PlanMarkers)),
            F(HasBefore(tokens, verb, clauseStart, 6, BackgroundMarkers)),
            F(FutureInSentence(tokens, verb)),
            F(FutureCeremonyAfter(tokens, verbEnd)),
            F(IsHistory(tokens, verb, verbEnd, clauseStart)),
            F(HasBefore(tokens, verb, clauseStart, 8, IntentMarkers)),
            F((WordBefore(tokens, verb, 1) == "năm" && tokens[verb - 2].Kind == TokenKind.Number) || Within(tokens, verb, 5, "mà")),
            F(passive),
            F(passive && StartsWith(tokens, 0, BackgroundOpeners)),
            F(ObjectIsOtherDocument(tokens, verbEnd)),
            F(IsRelativeClauseAfterKind(tokens, verb, clauseStart)),
            F(CeremonyNounBefore(tokens, verb, companion: ("hội", "nghị"))),
            F(before is not null && CeremonyBefore.Contains(before)),
            F(verbEnd - verb == 2),
            F(HasPhrase(AgreementPhrases, tokens)),
            F(BothSides(tokens, verb)),
            F(Enumerable.Range(verbEnd, tokens.Count - verbEnd).Any(k => tokens[k].Lower == "giữa")),
            F(Enumerable.Range(verbEnd, tokens.Count - verbEnd).Any(k => tokens[k].Lower == "với")),
            tokens.Count / 100f,
            tokens.Count == 0 ? 0 : verb / (float)tokens.Count,
            F(tokens.Any(t => t.Kind == TokenKind.Number && t.Text.Contains('/'))),
            F(Enumerable.Range(Math.Max(0, verb - 3), verb - Math.Max(0, verb - 3)).Any(k => tokens[k].Lower is "đã" or "vừa" or "mới")),
            F(At(Issuing, tokens, verbEnd)),
            verbs,
            PartyFinder.ScanOrganisations(tokens).Count(o => !o.IsPlaceOnly),
        ];
    }

    private static float F(bool value) => value ? 1f : 0f;
}
