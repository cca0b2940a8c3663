using System.Globalization;
using System.Text;

namespace Extraction.Index.Query;

/// <summary>
/// Reads the query language (docs/query-language.md): words, "phrases", -word, OR, and the fields
/// party:, place:, kind:, year:, from:, to:. Anything else is a <see cref="QuerySyntaxException"/>
/// whose message says what to fix; nothing the user typed ever becomes SQL or FTS syntax directly.
/// </summary>
public static class QueryParser
{
    private const string Forbidden = "()*^{}[];'`+=<>|\\~";


    public static ParsedQuery Parse(string? query, SearchRequest? options = null)
    {
        var clauses = new List<IReadOnlyList<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var years = new List<int>();
        DateOnly? from = options?.From;
        DateOnly? to = options?.To;
        var items = Lex(query ?? "");
        List<QueryTerm>? orGroup = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsOr)
            {
                if (orGroup is null || i + 1 >= items.Count || items[i + 1].IsOr)
                {
                    throw new QuerySyntaxException("OR must stand between two words or phrases, as in: ubnd OR mttq");
                }
                if (items[i + 1].Negated)
                {
                    throw new QuerySyntaxException("An excluded -word cannot be part of OR; write it on its own.");
                }
                continue;
            }
            var joinsPrevious = i > 0 && items[i - 1].IsOr;
            switch (item.Field)
            {
                case "year":
                case "from":
                case "to":
                    if (joinsPrevious || (i + 1 < items.Count && items[i + 1].IsOr))
                    {
                        throw new QuerySyntaxException($"{item.Field}: cannot be combined with OR.");
                    }
                    if (item.Negated)
                    {
                        throw new QuerySyntaxException($"{item.Field}: cannot be excluded with -.");
                    }
                    ApplyDate(item, years, ref from, ref to);
                    orGroup = null;
                    continue;
                default:
                    break;
            }
            var term = new QueryTerm(FieldOf(item.Field), item.Text, item.IsPhrase);
            if (item.Negated)
            {
                excluded.Add(term);
                orGroup = null;
                continue;
            }
            if (joinsPrevious && orGroup is not null)
            {
                orGroup.Add(term);
                continue;
            }
            orGroup = [term];
            clauses.Add(orGroup);
        }
        AddOption(clauses, QueryField.Party, options?.Party);
        AddOption(clauses, QueryField.Place, options?.Place);
        AddOption(clauses, QueryField.Kind, options?.Kind);
        if (from is DateOnly f && to is DateOnly t && f > t)
        {
            throw new QuerySyntaxException($"from: {f:yyyy-MM-dd} is after to: {t:yyyy-MM-dd}.");
        }
        return new ParsedQuery(clauses, excluded, years, from, to);
    }

    private static void AddOption(List<IReadOnlyList<QueryTerm>> clauses, QueryField field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            clauses.Add([new QueryTerm(field, value.Trim(), true)]);
        }
    }

    private static QueryField FieldOf(string? field) => field switch
    {
        null => QueryField.Any,
        "party" => QueryField.Party,
        "place" => QueryField.Place,
        "kind" => QueryField.Kind,
        _ => throw new QuerySyntaxException($"Unknown field {field}:"),
    };

    private static void ApplyDate(LexItem item, List<int> years, ref DateOnly? from, ref DateOnly? to)
    {
        var v = item.Text.Trim();
        if (item.Field == "year")
        {
            var dash = v.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && Year(v[..dash]) is int a && Year(v[(dash + 1)..]) is int b && a <= b)
            {
                years.AddRange(Enumerable.Range(a, b - a + 1));
                return;
            }
            years.Add(Year(v) ?? throw new QuerySyntaxException($"year: wants a year such as year:2023 or year:2021-2023, not \"{v}\"."));
            return;
        }
        var isFrom = item.Field == "from";
        DateOnly date;
        if (Year(v) is int y)
        {
            date = isFrom ? new DateOnly(y, 1, 1) : new DateOnly(y, 12, 31);
        }
        else if (!QueryDates.TryParse(v, out date))
        {
            throw new QuerySyntaxException($"{item.Field}: wants a date such as 2023-07-05 or 05/07/2023 (or a year), not \"{v}\".");
        }
        if (isFrom)
        {
            from = date;
        }
        else
        {
            to = date;
        }
    }

    private static int? Year(string s) =>
        s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private sealed record LexItem(string? Field, string Text, bool IsPhrase, bool Negated, bool IsOr);

    private static List<LexItem> Lex(string q)
    {
        var items = new List<LexItem>();
        var s = q.Normalize(NormalizationForm.FormC);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            CheckAllowed(c);
            var negated = false;
            if (c == '-')
            {
                i++;
                if (i >= s.Length || char.IsWhiteSpace(s[i]))
                {
                    // A dash between words, as in a pasted "Lao động - Thương binh", is punctuation.
                    continue;
                }
                negated = true;
            }
            string? field = null;
            var start = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }
            if (i < s.Length && s[i] == ':' && i > start)
            {
                field = s[start..i].ToLowerInvariant();
                if (field is not ("party" or "place" or "kind" or "year" or "from" or "to"))
                {
                    throw new QuerySyntaxException($"Unknown field \"{s[start..i]}:\"; the fields are party:, place:, kind:, year:, from:, to:.");
                }
                i++;
                if (i >= s.Length || char.IsWhiteSpace(s[i]))
                {
                    throw new QuerySyntaxException($"{field}: needs a value right after the colon, as in {field}:\"...\".");
                }
            }
            else
            {
                i = start;
            }
            if (s[i] == '"')
            {
                var close = s.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new QuerySyntaxException("Unbalanced quote: a phrase needs a closing \".");
                }
                var phrase = s[(i + 1)..close];
                foreach (var ch in phrase)
                {
                    CheckAllowed(ch);
                }
                if (string.IsNullOrWhiteSpace(phrase))
                {
                    throw new QuerySyntaxException("Empty phrase \"\": put words between the quotes.");
                }
                items.Add(new LexItem(field, phrase, true, negated, false));
                i = close + 1;
                continue;
            }
            var wordStart = i;
            var sb = new StringBuilder();
            while (i < s.Length && !char.IsWhiteSpace(s[i]))
            {
                if (s[i] == '"')
                {
                    throw new QuerySyntaxException("A quote inside a word: put a space before the \" that opens a phrase.");
                }
                CheckAllowed(s[i]);
                sb.Append(s[i]);
                i++;
            }
            var word = sb.ToString();
            if (field is null && !negated && word == "OR")
            {
                items.Add(new LexItem(null, word, false, false, true));
                continue;
            }
            if (field is null && word is "AND" or "NOT" or "NEAR")
            {
                throw new QuerySyntaxException($"{word} is not an operator here: words are all required by default, -word excludes one, OR joins alternatives.");
            }
            if (word.Length == 0 || wordStart == s.Length)
            {
                throw new QuerySyntaxException("Nothing after the field or -.");
            }
            items.Add(new LexItem(field, word, false, negated, false));
        }
        return items;
    }

    private static void CheckAllowed(char c)
    {
        if (Forbidden.Contains(c, StringComparison.Ordinal))
        {
            throw new QuerySyntaxException(
                $"The character '{c}' is not part of the query language: use words, \"phrases\", -word, OR and field:value (see docs/query-language.md).");
        }
    }
}
