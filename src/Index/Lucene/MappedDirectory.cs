using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Extraction.Index.Lucene;

/// <summary>
/// An index directory whose files are read through one memory map each, by address. Lucene.Net's own
/// <see cref="MMapDirectory"/> reads every byte through J2N's buffer over an <c>UnmanagedMemoryAccessor</c>, which
/// takes and releases a SafeHandle reference per call: at 1M agreements that bookkeeping was about a third of a
/// search's CPU (docs/decisions.md, "search p50 at 1M"). Writing is <see cref="FSDirectory"/>'s.
/// As with Lucene's map, a file stays mapped until the input opened on it is disposed; its clones and slices
/// must not be read after that. Lucene closes a segment's inputs only when the reader's reference count
/// reaches zero, and searches hold a reference (<see cref="SearchIndex"/>).
/// </summary>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = Mapping.Of(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput(path=\"{Path.Combine(Directory.FullName, name)}\")", mapping, 0, mapping.Length, owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Path.Combine(Directory.FullName, name));
    }

    /// <summary>One mapped file; unmapped once, by the input that opened it (or the slicer of a compound file).</summary>
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile? file;
        private readonly MemoryMappedViewAccessor? view;
        private bool acquired;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, nint address, long length)
        {
            this.file = file;
            this.view = view;
            Address = address;
            Length = length;
        }

        public nint Address { get; }

        public long Length { get; }

        public static Mapping Of(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = stream.Length;
            if (length == 0)
            {
                // An empty file cannot be mapped; nothing to read anyway.
                return new Mapping(null, null, 0, 0);
            }
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
                var mapping = new Mapping(file, view, Acquire(view), length);
                mapping.acquired = true;
                return mapping;
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        // One reference on the view's handle for the mapping's whole life, instead of one per read.
        private static nint Acquire(MemoryMappedViewAccessor view)
        {
            var added = false;
            view.SafeMemoryMappedViewHandle.DangerousAddRef(ref added);
            if (!added)
            {
                throw new ObjectDisposedException(nameof(MemoryMappedViewAccessor));
            }
            return view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
        }

        public void Dispose()
        {
            if (acquired)
            {
                view!.SafeMemoryMappedViewHandle.DangerousRelease();
                acquired = false;
            }
            view?.Dispose();
            file?.Dispose();
        }
    }

    /// <summary>A window of a mapping read by address; clones share the window, each with its own position.</summary>
    private sealed class MappedInput : IndexInput
    {
        private readonly Mapping mapping;
        private readonly nint start;
        private readonly long length;
        private bool owner;
        private long pos;

        public MappedInput(string description, Mapping mapping, long offset, long length, bool owner)
            : base(description)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
            {
                throw new ArgumentException($"slice [{offset}, {offset + length}) out of bounds of {description} ({mapping.Length} bytes)");
            }
            this.mapping = mapping;
            start = mapping.Address + (nint)offset;
            this.length = length;
            this.owner = owner;
        }

        public override long Length => length;

        public override long Position => pos;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length)
            {
                throw new EndOfStreamException($"seek to {pos} outside {this} ({length} bytes)");
            }
            this.pos = pos;
        }

        public override byte ReadByte()
        {
            if (pos >= length)
            {
                throw new EndOfStreamException($"read past the end of {this}");
            }
            return Marshal.ReadByte(start + (nint)pos++);
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > length - pos)
            {
                throw new EndOfStreamException($"read of {len} bytes past the end of {this}");
            }
            Marshal.Copy(start + (nint)pos, b, offset, len);
            pos += len;
        }

        public override short ReadInt16()
        {
            if (length - pos < 2)
            {
                return base.ReadInt16();
            }
            var v = Marshal.ReadInt16(start + (nint)pos);
            pos += 2;
            return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(v) : v;
        }

        public override int ReadInt32()
        {
            if (length - pos < 4)
            {
                return base.ReadInt32();
            }
            var v = Marshal.ReadInt32(start + (nint)pos);
            pos += 4;
            return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(v) : v;
        }

        public override long ReadInt64()
        {
            if (length - pos < 8)
            {
                return base.ReadInt64();
            }
            var v = Marshal.ReadInt64(start + (nint)pos);
            pos += 8;
            return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(v) : v;
        }

        public override object Clone()
        {
            var clone = (MappedInput)base.Clone();
            clone.owner = false;
            return clone;
        }

        /// <summary>A slice for a compound file's parts, sharing this mapping.</summary>
        public MappedInput Slice(string description, long offset, long sliceLength) =>
            new(description, mapping, offset, sliceLength, owner: false);

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner)
            {
                owner = false;
                mapping.Dispose();
            }
        }
    }

    /// <summary>The parts of a compound file, all read from one mapping, unmapped when the slicer is disposed.</summary>
    private sealed class Slicer(string path) : IndexInputSlicer
    {
        private readonly MappedInput whole = CreateWhole(path);

        private static MappedInput CreateWhole(string path)
        {
            var mapping = Mapping.Of(path);
            return new MappedInput($"MappedInput(path=\"{path}\")", mapping, 0, mapping.Length, owner: true);
        }

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            whole.Slice($"MappedInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => whole.Slice($"MappedInput(full slice of path=\"{path}\")", 0, whole.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                whole.Dispose();
            }
        }
    }
}
