using System.CommandLine;
using System.Text.RegularExpressions;

namespace Extraction.Cli;

/// <summary>
/// Turns the parser's errors into the one line a person needs: what is wrong and where help is, without
/// the help text itself (it scrolls the error away) and without .NET type names.
/// </summary>
internal static partial class ArgumentErrors
{
    public static string Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var message = parse.Errors.Count > 0 ? Plain(parse.Errors[0].Message) : "bad arguments";
        return $"{message.TrimEnd('.')} (see `{CommandPath(parse.CommandResult.Command)} --help`)";
    }

    /// <summary>"as expected type 'System.Int32'" means nothing to a user; the option name already says which value.</summary>
    public static string Plain(string message) => LineBreaks().Replace(TypeName().Replace(message, ""), " ");

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(c.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    [GeneratedRegex(@"\s*\r?\n\s*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@" as expected type '[\w.`\[\], ]+'")]
    private static partial Regex TypeName();
}
