using Extraction.Extract.Lexicons;
using Extraction.Extract.Text;

namespace Extraction.Extract.Places;

/// <summary>
/// Decides which province and district an article is about: a headline prefix ("Trà Vinh: …")
/// and the most frequent "tỉnh X" / "huyện Y" mentions checked against the admin-unit list.
/// </summary>
internal static class PlaceResolver
{
    public static ArticlePlace Resolve(string? title, IReadOnlyList<Token> textTokens)
    {
        var provinces = new Dictionary<string, (PlaceName Place, int Votes, int First)>(StringComparer.Ordinal);
        var districts = new Dictionary<string, (PlaceName Place, int Votes, int First, string? Province)>(StringComparer.Ordinal);
        var lex = AdminUnitLexicon.Default;
        var order = 0;

        void Vote(string key, string shownName, int votes, string? keyword)
        {
            var units = lex.Find(key);
            if (units.Count == 0 && keyword is "huyện" or "thị xã" or "Quận" or "thành phố" or "TP")
            {
                // Districts are not shipped (the list at hand is GPL): an explicit "huyện X" in the text is one.
                var d = new PlaceName(keyword is "TP" or "thành phố" ? "thành phố" : keyword == "Quận" ? "quận" : keyword, shownName);
                districts[key] = districts.TryGetValue(key, out var known) ? (known.Place, known.Votes + votes, known.First, known.Province) : (d, votes, order++, null);
                return;
            }
            var provinceOnly = keyword is null && units.Any(u => u.IsProvince);
            foreach (var unit in units)
            {
                if (provinceOnly && !unit.IsProvince)
                {
                    continue;
                }
                if (unit.IsProvince && keyword is null or "tỉnh" or "thành phố" or "TP")
                {
                    var p = new PlaceName(unit.Type, unit.Name);
                    provinces[key] = provinces.TryGetValue(key, out var v) ? (v.Place, v.Votes + votes, v.First) : (p, votes, order++);
                }
                else if (!unit.IsProvince && keyword is null or "huyện" or "thị xã" or "Quận" or "thành phố" or "TP")
                {
                    var d = new PlaceName(keyword is null or "TP" ? unit.Type : keyword == "Quận" ? "quận" : keyword, shownName);
                    districts[key] = districts.TryGetValue(key, out var v) ? (v.Place, v.Votes + votes, v.First, v.Province) : (d, votes, order++, unit.Province);
                }
            }
        }

        if (!string.IsNullOrEmpty(title))
        {
            var colon = title.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 0 and < 40)
            {
                var prefix = title[..colon].Trim();
                Vote(string.Join(' ', TextKeys.FoldWords(prefix)), prefix, 3, null);
            }
            Count(Tokenizer.Tokenize(title, 0, title.Length), Vote);
        }
        Count(textTokens, Vote);

        var province = provinces.Values.OrderByDescending(v => v.Votes).ThenBy(v => v.First).Select(v => v.Place).FirstOrDefault();
        var best = districts.Values.OrderByDescending(v => v.Votes).ThenBy(v => v.First).FirstOrDefault();
        var district = best.Place;
        if (province is null && best.Province is not null)
        {
            var key = string.Join(' ', TextKeys.FoldWords(best.Province));
            var unit = lex.Find(key).FirstOrDefault(u => u.IsProvince);
            province = unit is null ? null : new PlaceName(unit.Type, unit.Name);
        }
        return new ArticlePlace(province, district);
    }

    private static void Count(IReadOnlyList<Token> tokens, Action<string, string, int, string?> vote)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || t.Text.Length > 9)
            {
                continue;
            }
            var phrase = AdminPhraseParser.Parse(tokens, i, allowCapitalKeyword: false);
            if (phrase is null || phrase.IsBare)
            {
                continue;
            }
            var words = Enumerable.Range(phrase.NameStart, phrase.NameEnd - phrase.NameStart).Select(k => tokens[k]).ToList();
            var key = string.Join(' ', words.Select(w => w.Key));
            var shown = string.Join(' ', words.Select(w => w.Text));
            vote(key, shown, 1, phrase.Keyword);
            i = phrase.End - 1;
        }
    }
}
