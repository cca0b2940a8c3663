namespace Extraction.Index.Sqlite.Postings;

/// <summary>
/// What a doc contributes to ranking, date filters and facets, as codes (see <see cref="FacetCodes"/>):
/// date key (yyyymmdd, 0 = none), kind, place and party codes (0 = none), year, and how many words its parties hold.
/// </summary>
internal readonly record struct FacetSlot(int DateKey, int Kind, int Place, int Year, int PartyWords, int[] Parties);
