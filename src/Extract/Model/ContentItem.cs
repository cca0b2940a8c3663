namespace Extraction.Extract.Model;

/// <summary>One listed content item of an agreement, verbatim without its number.</summary>
public sealed record ContentItem(string Text, TextSpan Span);
