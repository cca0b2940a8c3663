namespace Extraction.Extract.Model;

/// <summary>A cited document such as "Nghị quyết số 24/2021/QH15 ngày 28/7/2021".</summary>
public sealed record DocumentReference(string Text, string? Type, string? Number, DateOnly? Date, string? Issuer, TextSpan Span);
