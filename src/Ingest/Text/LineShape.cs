namespace Extraction.Ingest.Text;

/// <summary>Cheap measures of a line's shape: how many words, whether it reads as a sentence or a headline.</summary>
internal static class LineShape
{
    /// <summary>Tokens holding at least one letter or digit.</summary>
    public static int Words(string line)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWordChar = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordChar)
                {
                    count++;
                }
                inToken = false;
                tokenHasWordChar = false;
                continue;
            }
            inToken = true;
            tokenHasWordChar |= char.IsLetterOrDigit(c);
        }
        return inToken && tokenHasWordChar ? count + 1 : count;
    }

    /// <summary>Ends like a sentence or a clause of running text (also a line cut short by the scraper).</summary>
    public static bool EndsLikeSentence(string line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        var last = t[^1];
        if (last is '”' or '"' or '’' or '\'' or ')' or '»' && t.Length > 1)
        {
            last = t[^2];
        }
        return last is '.' or '!' or '?' or ';' or ':' or '…' or ',' or '\uFFFD';
    }

    /// <summary>A running-text paragraph: long enough and ending like a sentence, or simply very long.</summary>
    public static bool IsParagraph(string line)
    {
        var words = Words(line);
        return (words >= 12 && EndsLikeSentence(line)) || words >= 45;
    }

    /// <summary>Starts with a lower-case letter: the continuation of a wrapped line, never a headline.</summary>
    public static bool StartsLower(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
            if (char.IsDigit(c))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Every letter upper case (a portal banner or a legal document heading).</summary>
    public static bool IsAllCaps(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    /// <summary>Has no letter at all: counters, separators, table bars.</summary>
    public static bool HasNoLetter(string line) => !line.Any(char.IsLetter);
}
