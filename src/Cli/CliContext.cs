using System.CommandLine;

namespace Extraction.Cli;

/// <summary>What every command is built with: where it writes and the options all commands share.</summary>
internal sealed record CliContext(CliConsole Console, GlobalOptions Globals)
{
    public Reporter Reporter(ParseResult parse) => Globals.Reporter(parse, Console);
}
