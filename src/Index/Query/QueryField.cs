namespace Extraction.Index.Query;

/// <summary>Where a query term must match: anywhere, or in one field of the agreement.</summary>
public enum QueryField
{
    Any,
    Party,
    Place,
    Kind,
}
