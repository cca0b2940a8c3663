using System.Diagnostics;

namespace Extraction.Cli.Tests;

/// <summary>Runs the reference scorer (python3 shared/tools/score.py) as a process.</summary>
internal static class ReferenceScorer
{
    public static string ScriptPath => Path.Combine(RepoPaths.Shared, "tools", "score.py");

    public static bool PythonAvailable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, "python3")));

    public static string Score(string goldDir, string predictions)
    {
        var start = new ProcessStartInfo("python3", [ScriptPath, goldDir, predictions])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
