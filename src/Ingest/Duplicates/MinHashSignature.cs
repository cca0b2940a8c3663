using Extraction.Ingest.Text;

namespace Extraction.Ingest.Duplicates;

/// <summary>
/// MinHash signature of a text's word 4-gram shingles (folded: case and diacritics off, so NFD/NFC and typing
/// variants agree). Equal slots estimate the Jaccard similarity of the shingle sets.
/// </summary>
internal static class MinHashSignature
{
    public const int Size = 64;
    public const int ShingleWords = 4;

    // Fixed odd multipliers and offsets: signatures must agree across runs and machines.
    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL, Size, odd: true);
    private static readonly ulong[] Offsets = Seeds(0xD1B54A32D192ED03UL, Size, odd: false);

    /// <summary>The signature, or null when the text has too few words to compare meaningfully.</summary>
    public static uint[]? Of(string text, int minWords)
    {
        var words = VietnameseFold.Words(text);
        if (words.Count < minWords)
        {
            return null;
        }
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = Fnv(words, i, ShingleWords);
            for (var k = 0; k < Size; k++)
            {
                var v = (uint)((h * Multipliers[k] + Offsets[k]) >> 32);
                if (v < signature[k])
                {
                    signature[k] = v;
                }
            }
        }
        return signature;
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
            {
                same++;
            }
        }
        return (double)same / Size;
    }


    private static ulong Fnv(List<string> words, int from, int count)
    {
        var h = 0xCBF29CE484222325UL;
        for (var w = from; w < from + count; w++)
        {
            foreach (var c in words[w])
            {
                h = (h ^ c) * 0x100000001B3UL;
            }
            h = (h ^ ' ') * 0x100000001B3UL;
        }
        return h;
    }

    private static ulong[] Seeds(ulong seed, int count, bool odd)
    {
        var values = new ulong[count];
        var x = seed;
        for (var i = 0; i < count; i++)
        {
            // SplitMix64.
            x += 0x9E3779B97F4A7C15UL;
            var z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            values[i] = odd ? z | 1 : z;
        }
        return values;
    }
}
