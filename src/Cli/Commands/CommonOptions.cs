using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>Options and arguments several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "agreements.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite file, or a PostgreSQL connection string (postgres://… or Host=…;Database=…)",
        DefaultValueFactory = _ => DefaultDb,
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders (.txt, .html, .htm, .jsonl, .warc, optionally .gz); - reads stdin",
        Arity = ArgumentArity.OneOrMore,
    };
}
