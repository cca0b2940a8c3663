using System.CommandLine;

namespace Extraction.Cli;

/// <summary>Options every command takes (placed before or after the command name); one set per command tree.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only data and errors: no progress, summaries or warnings",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Also report each input as it is done, on stderr",
        Recursive = true,
    };

    public Reporter Reporter(System.CommandLine.ParseResult parse, CliConsole console) =>
        new(console, parse.GetValue(Quiet), parse.GetValue(Verbose) && !parse.GetValue(Quiet));
}
