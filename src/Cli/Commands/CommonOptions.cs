using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Extraction.Index;

namespace Extraction.Cli.Commands;

/// <summary>Options and arguments several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = StoreSetting.Default;

    /// <summary>The environment variable naming the store when --db is not given.</summary>
    public const string DbVariable = StoreSetting.Variable;

    public static Option<string> Db(CliContext cli) => new("--db")
    {
        Description = $"SQLite file, or a PostgreSQL connection string (postgres://… or Host=…;Database=…); @FILE reads it from a file; default ${StoreSetting.Variable}, else the file ${StoreSetting.FileVariable} names, else {StoreSetting.Default}",
        DefaultValueFactory = result => Setting(result, () => StoreSetting.FromEnvironment(cli.Console.Variables)),
        CustomParser = result => Setting(result, () => StoreSetting.FromArgument(result.Tokens.Count > 0 ? result.Tokens[^1].Value : "")),
    };

    /// <summary>An unreadable store setting file is an argument error naming the file.</summary>
    private static string Setting(ArgumentResult result, Func<string> read)
    {
        try
        {
            return read();
        }
        catch (StoreSettingException e)
        {
            result.AddError(e.Message);
            return "";
        }
    }

    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (.txt, .html, .htm, .jsonl, .warc, optionally .gz); - reads stdin",
            Arity = ArgumentArity.OneOrMore,
        };
        // The parser hands a mistyped option to the paths; unless such a file exists, it is an option error, not a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"unknown option {value}");
                    return;
                }
            }
        });
        return paths;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>; anything else is an argument error that names the option.</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int max = int.MaxValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max)
            {
                return n;
            }
            result.AddError($"{name} {text}: wants a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}");
            return defaultValue;
        },
    };
}
