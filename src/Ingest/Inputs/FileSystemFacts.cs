using System.Runtime.InteropServices;

namespace Extraction.Ingest.Inputs;

/// <summary>
/// What a path is (regular file, folder, pipe, device, socket) and where it really is, links resolved.
/// .NET has no API for the file type, and opening a FIFO blocks until a writer comes, while reading
/// /dev/zero never ends; so this asks the runtime's own native shim (libSystem.Native, which
/// System.IO itself calls) for stat() and realpath(). Where that shim is missing (not Unix), every
/// existing non-folder path counts as a regular file, as before.
/// </summary>
internal static partial class FileSystemFacts
{
    private const int TypeMask = 0xF000;

    public static PathType TypeOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // FileStatus in libSystem.Native begins { int32 Flags; int32 Mode; ... }; the buffer is larger than the struct.
                var status = new byte[512];
                if (Stat(path, status) != 0)
                {
                    return PathType.Missing;
                }
                return (BitConverter.ToInt32(status, 4) & TypeMask) switch
                {
                    0x8000 => PathType.Regular,
                    0x4000 => PathType.Directory,
                    0x1000 => PathType.Fifo,
                    0x2000 => PathType.CharacterDevice,
                    0x6000 => PathType.BlockDevice,
                    0xC000 => PathType.Socket,
                    _ => PathType.Other,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET can tell.
            }
        }
        return Directory.Exists(path) ? PathType.Directory : File.Exists(path) ? PathType.Regular : PathType.Missing;
    }

    /// <summary>The path with every link and ".." resolved, or the full path when it cannot be resolved.</summary>
    public static string RealPath(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = NativeRealPath(path);
                if (resolved != IntPtr.Zero)
                {
                    try
                    {
                        return Marshal.PtrToStringUTF8(resolved) ?? Path.GetFullPath(path);
                    }
                    finally
                    {
                        NativeFree(resolved);
                    }
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through.
            }
        }
        return Path.GetFullPath(path);
    }

    /// <summary>How a reason names a path type in messages.</summary>
    public static string Describe(PathType type) => type switch
    {
        PathType.Fifo => "a named pipe (FIFO)",
        PathType.CharacterDevice => "a character device",
        PathType.BlockDevice => "a block device",
        PathType.Socket => "a socket",
        PathType.Directory => "a folder",
        PathType.Missing => "missing",
        _ => "not a regular file",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", SetLastError = true)]
    private static extern IntPtr NativeRealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static extern void NativeFree(IntPtr pointer);
}
