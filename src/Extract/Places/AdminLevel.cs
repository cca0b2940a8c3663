namespace Extraction.Extract.Places;

internal enum AdminLevel
{
    Province,
    District,
    Commune,
    Area,
}
