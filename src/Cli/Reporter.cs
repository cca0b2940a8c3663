namespace Extraction.Cli;

/// <summary>
/// Everything a command prints that is not data: errors, warnings, progress and summaries, all on stderr
/// so stdout stays clean for pipes; --quiet keeps only errors, --verbose adds a line per input.
/// </summary>
internal sealed class Reporter(CliConsole console, bool quiet, bool verbose)
{
    public bool Quiet => quiet;

    /// <summary>A progress bar only helps a person watching a terminal, and never in --quiet.</summary>
    public bool ShowsProgress => console.IsTerminal && !quiet;

    public void Error(string source, string message) => console.Error.WriteLine($"error: {source}: {message}");

    public void Warning(string message)
    {
        if (!quiet)
        {
            console.Error.WriteLine($"warning: {message}");
        }
    }

    /// <summary>A summary or status line; silent in --quiet.</summary>
    public void Status(string line)
    {
        if (!quiet)
        {
            console.Error.WriteLine(line);
        }
    }

    public void Detail(string line)
    {
        if (verbose)
        {
            console.Error.WriteLine(line);
        }
    }
}
