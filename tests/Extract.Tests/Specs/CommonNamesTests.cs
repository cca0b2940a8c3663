using System.Globalization;
using Extraction.Ingest;

namespace Extraction.Extract.Tests.Specs;

/// <summary>
/// Full names of common bodies (Specs/common-names.txt: ministries, provincial departments, mass organisations, armed
/// units, state firms, UN agencies; general knowledge, extract-gaps classes 8, 15 and 19) are read whole, with their
/// span, wherever a side stands: the subject before the verb, the partner after "với", the second of a "giữa" pair, the
/// second subject right before the verb.
/// </summary>
public sealed class CommonNamesTests
{
    private static readonly AgreementExtractor Extractor = new();

    private static readonly string[] Slots =
    [
        "Sáng 4/4, {0} và Hội Doanh nhân trẻ tỉnh Đồi Mây ký kết chương trình phối hợp.",
        "Sáng 4/4, Hội Doanh nhân trẻ tỉnh Đồi Mây đã ký kết chương trình phối hợp với {0}.",
        "Sáng 4/4, lễ ký kết biên bản ghi nhớ giữa Hội Doanh nhân trẻ tỉnh Đồi Mây và {0} đã diễn ra tại Hà Nội.",
        "Sáng 4/4, Hội Doanh nhân trẻ tỉnh Đồi Mây và {0} đã ký kết chương trình phối hợp.",
    ];

    private static IEnumerable<string> CommonNames() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "common-names.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    public static TheoryData<int> SlotNumbers => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(SlotNumbers))]
    public void Every_common_name_is_read_whole_as_a_side(int slot)
    {
        var names = CommonNames().ToList();
        Assert.True(names.Count >= 100, $"common-names.txt holds {names.Count} names");
        var cut = new List<string>();
        foreach (var name in names)
        {
            var text = string.Format(CultureInfo.InvariantCulture, Slots[slot], name);
            var start = Slots[slot].IndexOf("{0}", StringComparison.Ordinal);
            var article = Extractor.Extract(new Article("names", "names.txt", null, null, null, null, null, text));
            var parties = article.Agreements.SelectMany(a => a.Parties).ToList();
            if (!parties.Any(p => p.Name == name && p.Span.Start == start && p.Span.End == start + name.Length))
            {
                cut.Add($"{name} -> [{string.Join(" | ", parties.Select(p => p.Name))}]");
            }
        }
        Assert.True(cut.Count == 0, "not read whole:\n" + string.Join('\n', cut));
    }
}
