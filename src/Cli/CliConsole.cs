namespace Extraction.Cli;

/// <summary>Where a command writes: injected so tests run the CLI in-process and read what it printed.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public void ReportError(string source, string message) => Error.WriteLine($"error: {source}: {message}");
}
