using System.Text.Json;
using Json.Schema;

namespace Extraction.Cli.Tests;

/// <summary>docs/schema/article.schema.json, built once by JsonSchema.Net (draft 2020-12) and applied to output lines.</summary>
internal static class ContractSchema
{
    // Built once: the schema has an $id, and JsonSchema.Net registers what it builds under it.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "docs", "schema", "article.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>Every failed keyword for one JSON line, as "instance location: message"; empty when it validates.</summary>
    public static List<string> Errors(string jsonLine)
    {
        using var doc = JsonDocument.Parse(jsonLine);
        var results = Schema.Value.Evaluate(doc.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }
        var errors = new List<string>();
        foreach (var node in (results.Details ?? []).Append(results))
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{node.InstanceLocation} ({keyword}): {message}");
            }
        }
        return errors.Count > 0 ? errors : ["invalid, with no error message"];
    }
}
