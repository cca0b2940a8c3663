namespace Extraction.Extract.Text;

internal enum TokenKind
{
    Word,
    Number,
    Punct,
}
