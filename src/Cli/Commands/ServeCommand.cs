using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements serve</c> in the command list: the web app is a program of its own (src/Web, ASP.NET Core stays
/// out of the native CLI), which the <c>./agreements</c> script starts; reached here, it says how to run it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve the search page and the JSON API over a store, read-only (./agreements serve --help)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(int (_) => throw new UserErrorException(
            "serve: the web app is its own program (src/Web); start it with `./agreements serve` from the repository, which builds and runs it"));
        return command;
    }
}
