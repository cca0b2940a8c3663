using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extraction.Cli.Tests;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema that docs/schema uses (type, required,
/// properties, items, enum, pattern, minLength, minimum, maximum); no schema package restores here.
/// </summary>
internal static class SchemaValidator
{
    public static List<string> Validate(JsonElement value, JsonElement schema, string path = "$")
    {
        var errors = new List<string>();
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: {value.ValueKind} is not {type}");
            return errors;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString() && a.ValueKind == value.ValueKind))
        {
            errors.Add($"{path}: {value} not in {allowed}");
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var s = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!))
            {
                errors.Add($"{path}: \"{s}\" does not match {pattern}");
            }
            if (schema.TryGetProperty("minLength", out var min) && s.Length < min.GetInt32())
            {
                errors.Add($"{path}: shorter than {min}");
            }
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
            {
                errors.Add($"{path}: below {min}");
            }
            if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
            {
                errors.Add($"{path}: above {max}");
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                errors.AddRange(required.EnumerateArray()
                    .Where(r => !value.TryGetProperty(r.GetString()!, out _))
                    .Select(r => $"{path}: missing {r}"));
            }
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(p.Name, out var child))
                    {
                        errors.AddRange(Validate(child, p.Value, $"{path}.{p.Name}"));
                    }
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var child in value.EnumerateArray())
            {
                errors.AddRange(Validate(child, items, $"{path}[{i++}]"));
            }
        }
        return errors;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
        : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => false,
    };
}
