using Extraction.Extract.Model;

namespace Extraction.Extract.People;

/// <summary>
/// Finds named people with their titles and role at the signing (signed, chaired, attended). A name is
/// 2-5 capitalised syllables; after an honorific or rank ("đồng chí", "ông", "bà", "Đại tá", "PGS.TS") any
/// such run is a name, otherwise it must open with a family name and carry a title before or after it.
/// One entry per name; later mentions fill in a missing title and raise the role.
/// </summary>
public static class PeopleFinder
{
    private const int MaxHonorificLook = 30;

    public static IReadOnlyList<Person> Find(string text, TextSpan scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(scope.Start, 0, text.Length);
        var end = Math.Clamp(scope.End, start, text.Length);
        var people = new List<Person>();
        var i = start;
        while (i < end)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var run = NameRun.At(text, i, end);
            if (run.Count >= 2 && Read(text, start, end, run) is { } person)
            {
                Merge(people, person);
            }
            i = run.Count > 0 ? run[^1].End : i + 1;
        }
        return people;
    }

    private static Person? Read(string text, int start, int end, List<(int Start, int End)> run)
    {
        var runStart = run[0].Start;
        var look = text[Math.Max(start, runStart - MaxHonorificLook)..runStart];
        var honorific = PersonCues.HonorificBefore().Match(look);
        int first, last;
        if (honorific.Success)
        {
            first = 0;
            last = Math.Min(run.Count, 5) - 1;
        }
        else
        {
            // "Chủ tịch UBND thành phố Sao Mai Trần Văn Bình", "tỉnh Đồi Mây Nguyễn Văn A": the name is the tail that
            // opens with a family name; the last such tail of three or more syllables, else a two-syllable one.
            first = -1;
            for (var k = run.Count - 3; k >= 0 && run.Count - k <= 4; k--)
            {
                if (Surnames.IsSurname(text[run[k].Start..run[k].End]))
                {
                    first = k;
                    break;
                }
            }
            if (first < 0 && run.Count >= 2 && Surnames.IsSurname(text[run[^2].Start..run[^2].End]))
            {
                first = run.Count - 2;
            }
            if (first < 0 || (run.Count - first == 2 && AfterPlaceWord(text, run[first].Start)))
            {
                return null;
            }
            last = run.Count - 1;
        }
        var nameStart = run[first].Start;
        var nameEnd = run[last].End;
        var name = text[nameStart..nameEnd];
        var honorificWord = honorific.Success ? honorific.Value.Trim().TrimEnd(':').Trim() : string.Empty;
        if (Surnames.IsPlace(name) || (honorific.Success && Surnames.IsPlace(honorificWord + " " + name)))
        {
            return null;
        }
        var anchor = honorific.Success && first == 0 ? runStart - look.Length + honorific.Index : nameStart;
        var title = TitleReader.After(text, nameEnd, end) ?? TitleReader.Before(text, anchor);
        if (!honorific.Success && title is null)
        {
            return null;
        }
        var role = RoleReader.Read(text, start, end, anchor, nameEnd);
        return new Person(name, title, role, new TextSpan(nameStart, nameEnd));
    }

    /// <summary>"huyện Ninh Phước", "tỉnh Đồng Nai": two capitalised syllables after a place word name a place.</summary>
    private static bool AfterPlaceWord(string text, int nameStart) =>
        PersonCues.PlaceWordBefore().IsMatch(text.AsSpan(Math.Max(0, nameStart - 12), nameStart - Math.Max(0, nameStart - 12)));

    private static void Merge(List<Person> people, Person person)
    {
        var i = people.FindIndex(p => p.Name == person.Name);
        if (i < 0)
        {
            people.Add(person);
            return;
        }
        var known = people[i];
        people[i] = known with
        {
            Title = known.Title ?? person.Title,
            Role = Rank(person.Role) > Rank(known.Role) ? person.Role : known.Role,
        };
    }

    private static int Rank(string? role) => role switch
    {
        RoleReader.Signed => 3,
        RoleReader.Chaired => 2,
        RoleReader.Attended => 1,
        _ => 0,
    };
}
