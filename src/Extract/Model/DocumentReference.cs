namespace Extraction.Extract.Model;

/// <summary>A cited document such as "Nghị quyết số 12/2020/NQ-HĐND ngày 15/7/2020".</summary>
public sealed record DocumentReference(string Text, string? Type, string? Number, DateOnly? Date, string? Issuer, TextSpan Span);
