using Spectre.Console;

namespace Extraction.Cli;

/// <summary>The Spectre console progress bars draw on: stderr (stdout is for data), colourless under NO_COLOR.</summary>
internal static class ProgressConsole
{
    public static IAnsiConsole Create(CliConsole console) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(console.Error),
        ColorSystem = console.UsesColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });
}
