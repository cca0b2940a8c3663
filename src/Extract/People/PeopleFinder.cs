using Extraction.Extract.Model;

namespace Extraction.Extract.People;

/// <summary>Finds named people with their titles and role at the signing (signed, chaired, attended).</summary>
public static class PeopleFinder
{
    public static IReadOnlyList<Person> Find(string text, TextSpan scope)
    {
        _ = text;
        _ = scope;
        return [];
    }
}
