using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// Numbers each facet value (k kind, l place, p party) once, in the facet_codes table, so facet chunks
/// hold ints. Codes given inside an article's savepoint become known only once the article is stored
/// (<see cref="Accept"/>), so a rolled-back article leaves no code behind in memory.
/// </summary>
internal sealed class FacetCodes
{
    private readonly Dictionary<(char Facet, string Value), int> codes = [];
    private readonly Dictionary<int, (char Facet, string Value)> names = [];

    public int Code(PreparedCommands sql, SqliteTransaction tx, char facet, string? value, Dictionary<(char, string), int> fresh)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(fresh);
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }
        if (codes.TryGetValue((facet, value), out var known) || fresh.TryGetValue((facet, value), out known))
        {
            return known;
        }
        var code = Convert.ToInt32(
            sql.Scalar(
                "INSERT INTO facet_codes(facet, value) VALUES(@f, @v) ON CONFLICT(facet, value) DO UPDATE SET value = excluded.value RETURNING code",
                tx,
                ("@f", facet.ToString()),
                ("@v", value)),
            CultureInfo.InvariantCulture);
        fresh[(facet, value)] = code;
        return code;
    }

    /// <summary>Makes the codes given for a stored article known.</summary>
    public void Accept(Dictionary<(char, string), int> fresh)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        foreach (var (key, code) in fresh)
        {
            codes[key] = code;
        }
    }

    /// <summary>After a failed transaction: what was learnt inside it may not exist.</summary>
    public void Forget() => codes.Clear();

    /// <summary>The values of committed codes (read outside any write, so a cached name never belongs to a rolled-back code).</summary>
    public string Name(PreparedCommands sql, int code)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (!names.TryGetValue(code, out var name))
        {
            using var r = sql.Command("SELECT facet, value FROM facet_codes WHERE code = @c", null, ("@c", code)).ExecuteReader();
            if (!r.Read())
            {
                return "";
            }
            name = (r.GetString(0)[0], r.GetString(1));
            names[code] = name;
        }
        return name.Value;
    }
}
