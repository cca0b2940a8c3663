using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Extraction.Cli.Commands;
using Extraction.Index;

namespace Extraction.Cli;

/// <summary>The <c>agreements</c> command: builds the command tree and maps every failure to an exit code, in one place.</summary>
public static class AgreementsCli
{
    /// <summary>The name usage and help show, whatever the assembly or launcher is called.</summary>
    public const string Name = "agreements";

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var cli = new CliContext(console, new GlobalOptions());
        // A plain Command rather than RootCommand: RootCommand takes its name from the executable (Extraction.Cli).
        var root = new Command(Name, "Find who signed which agreement with whom, when and about what, in Vietnamese news and portal pages")
        {
            ExtractCommand.Create(cli),
            CleanCommand.Create(cli),
            IngestCommand.Create(cli),
            SearchCommand.Create(cli),
            ShowCommand.Create(cli),
            ExportCommand.Create(cli),
            StatsCommand.Create(cli),
            ServeCommand.Create(),
            ReindexCommand.Create(cli),
            ReprocessCommand.Create(cli),
            EnqueueCommand.Create(cli),
            WorkerCommand.Create(cli),
            JobsCommand.Create(cli),
            EvalCommand.Create(cli),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(cli.Globals.Quiet);
        root.Options.Add(cli.Globals.Verbose);
        var config = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            WarnOfPasswordInArguments(args, console);
            // No response files: "@FILE" after --db names a file holding the connection string (StoreSetting).
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                console.Error.WriteLine($"error: {ArgumentErrors.Describe(parse)}");
                return ExitCodes.UserError;
            }
            return parse.Invoke(config);
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
            // The type name helps a bug report, so only --verbose shows it (args are read plainly: parsing may be what failed).
            var detail = args.Contains("--verbose") ? $"{e.GetType().Name}: " : "";
            console.Error.WriteLine($"failure: {detail}{e.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>A password given in --db is visible in `ps` to every user; say so, and how to keep it off the command line.</summary>
    private static void WarnOfPasswordInArguments(string[] args, CliConsole console)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--db" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--db=", StringComparison.Ordinal) ? args[i][5..]
                : null;
            if (value is not null && StoreSetting.ShowsPassword(value))
            {
                console.Error.WriteLine(StoreSetting.PasswordWarning);
                return;
            }
        }
    }
}
