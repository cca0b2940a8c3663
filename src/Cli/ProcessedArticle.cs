using Extraction.Extract.Model;

namespace Extraction.Cli;

/// <summary>What the pipeline gives for one input document: an extracted article, or the error that stopped it.</summary>
public sealed record ProcessedArticle(string Source, ExtractedArticle? Result, string? Error);
