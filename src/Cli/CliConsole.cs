namespace Extraction.Cli;

/// <summary>
/// Where a command writes and what it may read of its environment: injected so tests run the CLI
/// in-process, read what it printed and set variables without touching the process's own.
/// </summary>
/// <param name="IsTerminal">Whether stderr, where progress goes, is a terminal.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>Reads an environment variable (AGREEMENTS_DB, NO_COLOR); the process environment unless a test supplies its own.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Colour stays off when NO_COLOR is set to anything non-empty (https://no-color.org).</summary>
    public bool UsesColor => string.IsNullOrEmpty(Variables("NO_COLOR"));
}
