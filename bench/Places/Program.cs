using System.Text.Json;
using Extraction.Extract.Places;
using Extraction.Extract.Text;
using Extraction.PlaceBench;

// Compares the place reader the index uses (PlaceReader, the extraction's admin-unit parser) with the retired regex
// reader, sentence by sentence over news text: the province value (place facet) and the unit list (place: filter).
// Usage: dotnet run -c Release --project bench/Places -- VNTC.jsonl [--articles N] [--samples FILE] | --probe NAME...
if (args is ["--probe", .. var names])
{
    // One name at a time: what the reader finds in it.
    foreach (var name in names)
    {
        Console.WriteLine($"{name}\t{PlaceReader.Province([name])}\t{string.Join("; ", PlaceReader.Units([name]))}");
    }
    return 0;
}
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Extraction.PlaceBench VNTC.jsonl [--articles N] [--samples FILE]");
    return 1;
}
var limit = args.SkipWhile(a => a != "--articles").Skip(1).Select(int.Parse).DefaultIfEmpty(4000).First();
var samplesPath = args.SkipWhile(a => a != "--samples").Skip(1).FirstOrDefault();
using var samples = samplesPath is null ? TextWriter.Null : new StreamWriter(samplesPath);

int articles = 0, sentences = 0, withPlace = 0, same = 0, gained = 0, lost = 0, changed = 0, unitsDiffer = 0, unitsOnlyOld = 0, unitsOnlyNew = 0;
foreach (var line in File.ReadLines(args[0]))
{
    if (articles++ == limit)
    {
        break;
    }
    var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
    foreach (var s in SentenceSplitter.Split(text))
    {
        sentences++;
        var sentence = s.Text;
        var old = RetiredRegexReader.Province(sentence);
        var now = PlaceReader.Province([sentence]);
        if (old is not null || now is not null)
        {
            withPlace++;
        }
        var kind = old == now ? "same" : old is null ? "gained" : now is null ? "lost" : "changed";
        switch (kind)
        {
            case "same": same += old is null ? 0 : 1; break;
            case "gained": gained++; break;
            case "lost": lost++; break;
            default: changed++; break;
        }
        if (kind != "same")
        {
            samples.WriteLine($"{kind}\t{old}\t{now}\t{sentence.ReplaceLineEndings(" ")}");
        }
        var oldUnits = RetiredRegexReader.Units(sentence).ToHashSet(StringComparer.Ordinal);
        var newUnits = PlaceReader.Units([sentence]).ToHashSet(StringComparer.Ordinal);
        if (!oldUnits.SetEquals(newUnits))
        {
            unitsDiffer++;
            unitsOnlyOld += oldUnits.Count(u => !newUnits.Contains(u));
            unitsOnlyNew += newUnits.Count(u => !oldUnits.Contains(u));
        }
    }
}
Console.WriteLine($"articles {Math.Min(articles, limit)}, sentences {sentences}, with a place on either side {withPlace}");
Console.WriteLine($"province value: same {same}, differ {gained + lost + changed} (gained {gained}, lost {lost}, changed {changed})");
Console.WriteLine($"unit lists: differ in {unitsDiffer} sentences (units only in the regex reader {unitsOnlyOld}, only in PlaceReader {unitsOnlyNew})");
return 0;
