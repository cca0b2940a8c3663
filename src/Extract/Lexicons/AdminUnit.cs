namespace Extraction.Extract.Lexicons;

/// <summary>A province or district: <paramref name="Type"/> is the word written before the name (tỉnh, huyện, thị xã, ...).</summary>
public sealed record AdminUnit(bool IsProvince, string Type, string Name, string? Province);
