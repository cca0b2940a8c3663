using System.CommandLine;
using Extraction.Extract;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>agreements reprocess</c>: re-extract stored articles an older extractor version produced, from the
/// stored cleaned text (inputs are not read again); rows a newer extractor wrote are left alone. Each
/// article is stored as it is done, so a stopped run resumes where it stopped and never duplicates.
/// </summary>
internal static class ReprocessCommand
{
    public static Command Create(CliContext cli)
    {
        var db = CommonOptions.Db(cli);
        var command = new Command("reprocess", "Re-extract stored articles whose extractor version is older, from the stored text") { db };
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var pipeline = new ArticlePipeline();
            var tally = new BatchTally(reporter);
            foreach (var article in store.ArticlesNeedingVersion(AgreementExtractor.Version))
            {
                ProcessedArticle processed;
                try
                {
                    var extracted = pipeline.Reextract(article);
                    store.Upsert(extracted);
                    processed = new ProcessedArticle(article.Source, extracted, null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    processed = new ProcessedArticle(article.Source, null, $"cannot reprocess: {e.Message}");
                }
                tally.Processed(processed);
            }
            if (!reporter.Quiet)
            {
                cli.Console.Out.WriteLine($"reprocessed to extractor {AgreementExtractor.Version}: {tally.ArticleSummary}");
            }
            return tally.Errors > 0 && tally.Articles == 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
