namespace Extraction.Ingest.Inputs;

/// <summary>What a path names once links are followed; only <see cref="Regular"/> files are read.</summary>
internal enum PathType
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
