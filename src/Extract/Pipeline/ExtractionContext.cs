using Extraction.Extract.Detection;
using Extraction.Extract.Frames;
using Extraction.Extract.Model;
using Extraction.Extract.Places;
using Extraction.Extract.Text;
using Extraction.Ingest;

namespace Extraction.Extract.Pipeline;

/// <summary>What the steps of one extraction pass to each other; made anew for each article, never shared.</summary>
internal sealed class ExtractionContext(Article article)
{
    public Article Article { get; } = article;

    public string Text { get; } = article.Text ?? string.Empty;

    public string? Title => Article.Title;

    public List<Sentence> Sentences { get; set; } = [];

    /// <summary>Sentences that hold a signing verb the detection accepts, with their tokens and clauses.</summary>
    public List<(Sentence Sentence, List<Token> Tokens, List<SigningClause> Clauses)> Signing { get; } = [];

    public List<Token>? TitleTokens { get; set; }

    public List<SigningClause>? TitleClauses { get; set; }

    public ArticlePlace? Place { get; set; }

    public List<Candidate> Candidates { get; set; } = [];

    public List<Frame> Frames { get; set; } = [];

    public List<Agreement> Agreements { get; } = [];

    /// <summary>For each agreement, the part of the text that speaks of it (from its evidence to the next agreement's).</summary>
    public List<TextSpan> Scopes { get; } = [];
}
