using System.Text.Json;
using Extraction.Extract.Model;
using Extraction.Extract.People;
using Extraction.Extract.Serialization;
using Extraction.Extract.Tests.Items;

namespace Extraction.Extract.Tests.People;

/// <summary>The examples of Specs/People.md, one theory case each.</summary>
public sealed class PeopleSpecTests
{
    public static TheoryData<string, string, string> Examples => DetailSpecLoader.Load("People.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_people_of_the_spec_example(string name, string input, string expectedJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        var wanted = expected.RootElement.EnumerateArray()
            .Select(e => $"{JsonFields.String(e, "name")} / {JsonFields.String(e, "title")} / {JsonFields.String(e, "role")}")
            .ToList();

        var people = PeopleFinder.Find(input, new TextSpan(0, input.Length));

        var actual = people.Select(p => $"{p.Name} / {p.Title} / {p.Role}").ToList();
        Assert.True(wanted.SequenceEqual(actual), $"{name}\nexpected: {string.Join(" | ", wanted)}\nactual:   {string.Join(" | ", actual)}");
        Assert.All(people, p => Assert.Equal(p.Name, p.Span.Slice(input)));
    }
}
