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
}
