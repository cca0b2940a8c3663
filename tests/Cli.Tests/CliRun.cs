namespace Extraction.Cli.Tests;

/// <summary>Runs the agreements command in-process through its entry point and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AgreementsCli.Run(args, new CliConsole(stdout, stderr, IsTerminal: false));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
