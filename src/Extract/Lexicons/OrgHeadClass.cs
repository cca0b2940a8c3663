namespace Extraction.Extract.Lexicons;

internal enum OrgHeadClass
{
    /// <summary>A type word that needs a name after it (Sở, Trường, Công ty).</summary>
    Named,

    /// <summary>A full name by itself (Công an, Tỉnh ủy, UBND).</summary>
    Complete,

    /// <summary>A standing body glued to the head that follows (Thường trực, Ban Thường vụ).</summary>
    Prefix,
}
