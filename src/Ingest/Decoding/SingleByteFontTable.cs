namespace Extraction.Ingest.Decoding;

/// <summary>
/// A legacy 8-bit Vietnamese encoding (VISCII, TCVN3): one byte, one letter (or a combining tone mark).
/// Bytes the table leaves out read as windows-1252, the code page such pages were typed and served in.
/// </summary>
internal sealed class SingleByteFontTable
{
    public static readonly SingleByteFontTable Viscii = new("viscii");

    public static readonly SingleByteFontTable Tcvn3 = new("tcvn3");

    private readonly string?[] _byByte = new string?[256];

    private SingleByteFontTable(string resourceName)
    {
        foreach (var row in CodeTableResource.Load(resourceName))
        {
            _byByte[row.Bytes[0]] = row.Text;
        }
    }

    /// <summary>Decodes a byte view (see <see cref="ByteView"/>); chars beyond U+00FF pass through.</summary>
    public string Decode(string view)
    {
        var sb = new System.Text.StringBuilder(view.Length);
        foreach (var c in view)
        {
            var mapped = c <= '\u00FF' ? _byByte[c] : null;
            if (mapped is null)
            {
                sb.Append(ByteView.AsWindows1252(c));
            }
            else
            {
                sb.Append(mapped);
            }
        }
        return sb.ToString();
    }
}
