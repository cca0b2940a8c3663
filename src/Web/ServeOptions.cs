using System.Net;
using Extraction.Index;

namespace Extraction.Web;

/// <summary>
/// The options of <c>agreements serve</c>: which store, which addresses. Loopback only unless
/// <c>--allow-remote</c> is given, since the page shows whatever the store holds to anyone who can reach it.
/// </summary>
public sealed record ServeOptions(string Db, string Urls, bool AllowRemote)
{
    /// <summary>Arguments of the form <c>--Key=value</c> other than ours: ASP.NET Core settings (such as <c>--environment=Development</c>), passed on.</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    /// <summary>Whether --db itself carried a password, which <c>ps</c> shows to every user (a warning says so).</summary>
    public bool PasswordOnCommandLine { get; init; }

    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string Usage = """
        usage: agreements serve [--db FILE|CONNECTION] [--urls http://127.0.0.1:5080] [--allow-remote]

        Serves the search page and the JSON API (/api/v1, OpenAPI at /openapi/v1.json) read-only.
          --db            the store to serve; @FILE reads it from a file (default: $AGREEMENTS_DB, else the file
                          $AGREEMENTS_DB_FILE names, else agreements.db)
          --urls          where to listen, ';' between several (default: http://127.0.0.1:5080)
          --allow-remote  allow an address other than loopback (prints a warning: anyone who reaches it reads the store)
          --Key=value     any other ASP.NET Core setting (for example --environment=Development)
        """;

    /// <summary>Reads the arguments; a wrong one is an <see cref="ArgumentException"/> naming it.</summary>
    public static ServeOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        string? givenDb = null;
        var urls = DefaultUrls;
        var allowRemote = false;
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].IndexOf('=', StringComparison.Ordinal) is > 2 and var eq)
            {
                switch (args[i][..eq])
                {
                    case "--db":
                        givenDb = args[i][(eq + 1)..];
                        break;
                    case "--urls":
                        urls = args[i][(eq + 1)..];
                        break;
                    default:
                        host.Add(args[i]);
                        break;
                }
                continue;
            }
            switch (args[i])
            {
                case "--db":
                    givenDb = Value(args, ref i);
                    break;
                case "--urls":
                    urls = Value(args, ref i);
                    break;
                case "--allow-remote":
                    allowRemote = true;
                    break;
                default:
                    throw new ArgumentException($"{args[i]}: unknown argument (see `agreements serve --help`)");
            }
        }
        string db;
        try
        {
            db = givenDb is null ? StoreSetting.FromEnvironment(environment) : StoreSetting.FromArgument(givenDb);
        }
        catch (StoreSettingException e)
        {
            throw new ArgumentException(e.Message, e);
        }
        var options = new ServeOptions(db, urls, allowRemote)
        {
            HostArguments = host,
            PasswordOnCommandLine = givenDb is not null && StoreSetting.ShowsPassword(givenDb),
        };
        foreach (var url in options.Addresses())
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                throw new ArgumentException($"--urls {url}: not an http:// address (a wildcard host is 0.0.0.0 or [::])");
            }
        }
        if (!allowRemote && options.RemoteAddresses().FirstOrDefault() is { } remote)
        {
            throw new ArgumentException($"--urls {remote}: not a loopback address; add --allow-remote to serve the store to other machines");
        }
        return options;
    }

    public IEnumerable<string> Addresses() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The addresses other machines may reach: anything but localhost and loopback IPs (a wildcard host included).</summary>
    public IEnumerable<string> RemoteAddresses() => Addresses().Where(url => !IsLoopback(url));

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        var host = uri.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{args[i]}: wants a value");
        }
        return args[++i];
    }
}
