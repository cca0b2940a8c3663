using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements reprocess</c>: re-extract stored articles an older extractor version produced.</summary>
internal static class ReprocessCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Db();
        var command = new Command("reprocess", "Re-extract stored articles whose extractor version is older, from the stored text") { db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            console.Error.WriteLine("reprocess: not available in this build");
            return ExitCodes.Failure;
        });
        return command;
    }
}
