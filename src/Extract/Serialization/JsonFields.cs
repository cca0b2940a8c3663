using System.Text.Json;

namespace Extraction.Extract.Serialization;

/// <summary>Lenient reads of the export and gold JSON shapes: a missing or non-string field is null.</summary>
public static class JsonFields
{
    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
