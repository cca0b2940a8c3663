namespace Extraction.Cli.Tests;

/// <summary>Runs the agreements command in-process through its entry point and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    /// <summary>Runs with these environment variables and no others, without touching the test process's own.</summary>
    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, IsTerminal: false) { Variables = name => environment.GetValueOrDefault(name) };
        var code = AgreementsCli.Run(args, console);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
