using System.CommandLine;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements extract PATH...</c>: Ingest then Extract, one JSON object per article, no database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = CommonOptions.Paths();
        var limits = new LimitOptions();
        var command = new Command("extract", "Extract the agreements of each article and print them as JSON Lines") { paths };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var inputs = parse.GetRequiredValue(paths);
            InputCheck.WarnAboutEmptyFolders(inputs, reporter);
            var tally = new BatchTally(reporter);
            foreach (var processed in new ArticlePipeline(limits.Read(parse)).Extract(inputs))
            {
                tally.Processed(processed);
                if (processed.Result is not null)
                {
                    cli.Console.Out.WriteLine(ArticleJson.ToJsonLine(processed.Result));
                }
            }
            reporter.Status(tally.Summary);
            return tally.ExitCode;
        });
        return command;
    }
}
