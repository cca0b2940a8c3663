using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extraction.Cli.Output;

/// <summary>Indented JSON that keeps Vietnamese readable, for output meant for people.</summary>
internal static class PrettyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
