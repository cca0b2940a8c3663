using System.CommandLine;
using Extraction.Ingest;

namespace Extraction.Cli.Commands;

/// <summary>--max-page-size, --max-file-size, --max-decompressed-size: the <see cref="InputLimits"/> of the commands that read inputs.</summary>
internal sealed class LimitOptions
{
    private readonly Option<long> page = Size("--max-page-size", "Skip (and report) a page larger than this: a file after gunzip, a JSON Lines record, a WARC record", InputLimits.Default.MaxPageBytes);
    private readonly Option<long> file = Size("--max-file-size", "Skip (and report) an input file larger than this on disk", InputLimits.Default.MaxFileBytes);
    private readonly Option<long> decompressed = Size("--max-decompressed-size", "Stop (and report) a .gz file that decompresses to more than this", InputLimits.Default.MaxDecompressedBytes);

    public void AddTo(Command command)
    {
        command.Options.Add(page);
        command.Options.Add(file);
        command.Options.Add(decompressed);
    }

    public InputLimits Read(ParseResult parse) => new(parse.GetValue(page), parse.GetValue(file), parse.GetValue(decompressed));

    private static Option<long> Size(string name, string description, long defaultValue) => new(name)
    {
        Description = $"{description} (512K, 8M, 4G; default {InputLimits.Format(defaultValue)})",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (ByteSize.TryParse(text, out var bytes))
            {
                return bytes;
            }
            result.AddError($"{name} {text}: wants a size such as 5000, 512K, 8M or 4G");
            return defaultValue;
        },
    };
}
