namespace Extraction.Extract.Parties;

/// <summary>Whether a name stands where a signing side stands, read from the token before its head.</summary>
internal enum SideSlot
{
    /// <summary>Inside a sentence, after a verb or a role word.</summary>
    None,

    /// <summary>A clause start, a comma or colon, "và", "gồm", "với", "cùng", "giữa".</summary>
    Side,
}
