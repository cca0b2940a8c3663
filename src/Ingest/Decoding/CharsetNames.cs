namespace Extraction.Ingest.Decoding;

/// <summary>Maps charset labels (HTTP, HTML, XML, and the labels legacy Vietnamese tools wrote) to a charset.</summary>
internal static class CharsetNames
{
    private static readonly Dictionary<string, VietnameseCharset> Labels = Build();

    public static VietnameseCharset Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return VietnameseCharset.Unknown;
        }
        var span = label.AsSpan();
        // Be lenient with a whole Content-Type value passed for a charset.
        var at = span.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            span = span[(at + "charset=".Length)..];
            var end = span.IndexOf(';');
            if (end >= 0)
            {
                span = span[..end];
            }
        }
        span = span.Trim().Trim("\"'").Trim();
        var lookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(span, out var charset) ? charset : VietnameseCharset.Unknown;
    }

    private static Dictionary<string, VietnameseCharset> Build()
    {
        var map = new Dictionary<string, VietnameseCharset>(StringComparer.OrdinalIgnoreCase);
        void Add(VietnameseCharset charset, params string[] labels)
        {
            foreach (var l in labels)
            {
                map[l] = charset;
            }
        }
        Add(VietnameseCharset.Utf8, "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8");
        Add(VietnameseCharset.Utf16LittleEndian, "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2");
        Add(VietnameseCharset.Utf16BigEndian, "utf-16be", "unicodefffe");
        Add(VietnameseCharset.Windows1258, "windows-1258", "cp1258", "x-cp1258");
        Add(VietnameseCharset.Windows1252, "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
            "latin1", "latin-1", "l1", "iso-8859-15", "us-ascii", "ascii");
        Add(VietnameseCharset.Viscii, "viscii", "x-viet-viscii", "csviscii", "viscii1.1-1");
        Add(VietnameseCharset.Tcvn3, "tcvn", "tcvn3", "tcvn-3", "tcvn5712-1", "tcvn-5712", "tcvn5712-1:1993", "x-viet-tcvn5712", "x-viet-tcvn", "vn3");
        Add(VietnameseCharset.Vni, "vni", "vni-windows", "vni-win", "x-viet-vni");
        return map;
    }
}
