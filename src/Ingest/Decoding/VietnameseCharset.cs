namespace Extraction.Ingest.Decoding;

/// <summary>The encodings Vietnamese pages come in, including the font-based ones.</summary>
internal enum VietnameseCharset
{
    Unknown,
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1258,

    /// <summary>windows-1252 / ISO-8859-1: what font-encoded (TCVN3, VNI) pages usually declare.</summary>
    Windows1252,
    Viscii,
    Tcvn3,
    Vni,

    /// <summary>Not a charset but a common accident: UTF-8 read as windows-1252 and saved again as UTF-8.</summary>
    Utf8ReadAsWindows1252,
}
