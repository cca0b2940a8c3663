namespace Extraction.Extract.Lexicons;

/// <summary>The one-word sets of embedded <c>word-sets.tsv</c> (aspect words, count words, time words, …), by group.</summary>
internal static class WordSetLexicon
{
    private static readonly WordGroups Groups = new("word-sets.tsv");

    public static HashSet<string> Group(string name) => Groups.Group(name);

    /// <summary>Words that count documents between a number and the kind ("3 bản thỏa thuận", "hai văn bản"): asked by the
    /// detection of contracts and the framing of counted documents.</summary>
    public static readonly TokenWordSet DocumentUnits = new("document-unit");

    /// <summary>Words after "với" that open the purpose or the time rather than continue the partner ("về", "để", "nhằm",
    /// "trong"): asked by the contract's partner scan and the kind named after the partner.</summary>
    public static readonly TokenWordSet PartnerEnd = new("partner-end");

    /// <summary>Words that make the signing verb after them a noun ("việc ký", "sự ký kết"): asked by the clause finder's noun
    /// use and the plain one-sided report.</summary>
    public static readonly TokenWordSet NounUse = new("noun-use");

    /// <summary>Nouns a group of sides is called by ("bên", "đơn vị"): asked by the sides taken from an earlier sentence and by the
    /// contract gate's "hai bên" subject.</summary>
    public static readonly PhraseLexicon<bool> GroupNouns = Phrases("group-noun");

    /// <summary>Who stands for a body ("đại diện", "lãnh đạo", "đoàn công tác"): asked by the meeting frame and by the contract
    /// gate's "đại diện hai bên" subject.</summary>
    public static readonly PhraseLexicon<bool> Envoys = Phrases("envoy");

    /// <summary>What "hai"/"2" counts when a clause refers to the page's two states ("nước", "chính phủ", "thủ tướng"): asked by
    /// the counted reference to the pair and by the organisation scan, which reads "hai Chính phủ" as no body.</summary>
    public static readonly PhraseLexicon<bool> StateNouns = Phrases("state-pair-noun");

    /// <summary>A group whose entries are phrases, words joined by a space, matched on tokens' lower-case forms.</summary>
    public static PhraseLexicon<bool> Phrases(string name) =>
        new(Group(name).Select(phrase => (phrase.Split(' '), true)), t => t.Lower);
}
