using System.CommandLine;
using Extraction.Cli.Commands;
using Extraction.Index;

namespace Extraction.Cli;

/// <summary>The <c>agreements</c> command: builds the command tree and maps every failure to an exit code, in one place.</summary>
public static class AgreementsCli
{
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("Find who signed which agreement with whom, when and about what, in Vietnamese news and portal pages")
        {
            ExtractCommand.Create(console),
            CleanCommand.Create(console),
            IngestCommand.Create(console),
            SearchCommand.Create(console),
            ShowCommand.Create(console),
            ExportCommand.Create(console),
            StatsCommand.Create(console),
            ReprocessCommand.Create(console),
            EvalCommand.Create(console),
        };
        var config = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (UserErrorException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (QuerySyntaxException e)
        {
            console.Error.WriteLine($"error: query: {e.Message}");
            return ExitCodes.UserError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"failure: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
