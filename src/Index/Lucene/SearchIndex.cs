using System.Diagnostics;
using System.Globalization;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Extraction.Index.Lucene;

/// <summary>
/// The Lucene index of one store: derived data, rebuilt from the store at will, kept in step by the
/// store's change sequence. Writes go to the index as they are committed to the store but Lucene commits
/// only per <see cref="CommitEvery"/> and on close (a commit cost 232 ms under load): a crash loses at
/// most the uncommitted tail, which the next open replays from the sequence recorded in the last commit.
/// One instance per directory per process (see <see cref="Open"/>), shared by the stores open on it;
/// thread-safe. If another process holds the index's write lock it is opened read-only at its last commit.
/// </summary>
internal sealed class SearchIndex
{
    public static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(30);

    private const string SequenceKey = "sequence";
    private const string StoreKey = "store";
    private const string FormatKey = "format";

    /// <summary>The fields and analysis the index is written with: an index of another format is rebuilt from the store on open.</summary>
    private const string Format = "4";
    private const int CatchUpBatch = 500;

    private static long applyTicks;

    private static readonly Dictionary<string, (SearchIndex Index, int Users)> Opened = new(StringComparer.Ordinal);

    private readonly object gate = new();
    private readonly string path;
    private readonly LuceneDirectory directory;
    private readonly IndexWriter? writer;
    private readonly Similarity similarity = new BM25Similarity();
    private readonly IndexDocuments documents;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;
    private long applied;
    private string? storeId;
    private bool dirty;

    // Set when changes were applied since the reader was opened: only then is a new reader worth asking for.
    private bool stale = true;
    private readonly Stopwatch sinceCommit = Stopwatch.StartNew();

    private SearchIndex(string path, SearchKey keys, StoreUse use)
    {
        this.path = path;
        documents = new IndexDocuments(keys);
        MemoryTrace.Start();
        System.IO.Directory.CreateDirectory(path);
        // A bulk writer reads by position: mapped, every segment a flush or merge read stayed in the process's
        // resident memory, which grew with the index. A searcher maps them: at 300k agreements positional reads
        // cost search with facets 1.18x; read by address rather than through Lucene.Net's map, a search at 1M
        // cost 0.72x the CPU (docs/decisions.md).
        directory = use == StoreUse.BulkWrite ? new NIOFSDirectory(path) : new MappedDirectory(path);
        // A 3 MB buffer, merged three segments at a time, three per tier: 1,000 articles fill the buffer about
        // once, so a flush and a merge cost a small batch what they cost a large one; with 8 MB and Lucene's
        // ten-at-once merges, 10,000 articles peaked 28 MB above 1,000 (decisions, memory flat in batch size).
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(keys))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
            RAMBufferSizeMB = 3,
            MergePolicy = new TieredMergePolicy { MaxMergeAtOnce = 3, SegmentsPerTier = 3 },
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException)
        {
            // Another process (an ingest) writes this index: search what it last committed.
            writer = null;
        }
        if (DirectoryReader.IndexExists(directory))
        {
            var commit = DirectoryReader.ListCommits(directory).Last();
            applied = commit.UserData.TryGetValue(SequenceKey, out var s) ? long.Parse(s, CultureInfo.InvariantCulture) : 0;
            var sameFormat = commit.UserData.TryGetValue(FormatKey, out var f) && f == Format;
            storeId = sameFormat && commit.UserData.TryGetValue(StoreKey, out var id) ? id : null;
        }
    }

    /// <summary>The index at <paramref name="path"/>, opened once per process however many stores use it; release with <see cref="Release"/>.</summary>
    public static SearchIndex Open(string path, SearchKey keys, StoreUse use = StoreUse.Search)
    {
        var full = Path.GetFullPath(path);
        lock (Opened)
        {
            if (Opened.TryGetValue(full, out var open))
            {
                Opened[full] = (open.Index, open.Users + 1);
                return open.Index;
            }
            var index = new SearchIndex(full, keys, use);
            Opened[full] = (index, 1);
            return index;
        }
    }

    /// <summary>One store is done with the index; the last one commits what is pending and closes it.</summary>
    public void Release()
    {
        lock (Opened)
        {
            var (index, users) = Opened[path];
            if (users > 1)
            {
                Opened[path] = (index, users - 1);
                return;
            }
            Opened.Remove(path);
        }
        lock (gate)
        {
            if (writer is not null && !writer.IsClosed)
            {
                MemoryTrace.Write("before close");
                CommitLocked();
                MemoryTrace.Write("committed");
                writer.Dispose();
                MemoryTrace.Write("closed");
            }
            reader?.Dispose();
            directory.Dispose();
        }
    }

    /// <summary>Time spent applying store changes to indexes in this process (what the bench reports as Lucene's share of a build).</summary>
    internal static TimeSpan ApplyTime => TimeSpan.FromTicks(Interlocked.Read(ref applyTicks));

    /// <summary>True when another process writes the index, so this one only reads its last commit.</summary>
    public bool ReadOnly => writer is null;

    /// <summary>The last store sequence applied to the index.</summary>
    public long Applied
    {
        get
        {
            lock (gate)
            {
                return applied;
            }
        }
    }

    /// <summary>Applies every change the store made after the last one applied; commits when <see cref="CommitEvery"/> has passed.</summary>
    public void CatchUp(IIndexFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var started = Stopwatch.GetTimestamp();
        lock (gate)
        {
            try
            {
                CatchUpLocked(feed);
            }
            finally
            {
                Interlocked.Add(ref applyTicks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        }
    }

    private void CatchUpLocked(IIndexFeed feed)
    {
        if (writer is null || writer.IsClosed)
        {
            return;
        }
        if (!string.Equals(storeId, feed.StoreId, StringComparison.Ordinal))
        {
            // Built from another store (or none yet): start over from the whole change list.
            writer.DeleteAll();
            stale = true;
            applied = 0;
            storeId = feed.StoreId;
            dirty = true;
        }
        var ramBefore = writer.RamSizeInBytes();
        while (true)
        {
            var changes = feed.ChangesAfter(applied, CatchUpBatch);
            foreach (var (sequence, source) in changes)
            {
                if (!feed.IsFirstChange(source))
                {
                    writer.DeleteDocuments(new Term(IndexFields.Source, source));
                }
                foreach (var (rowId, doc) in feed.SearchableRows(source))
                {
                    documents.Add(writer, rowId, source, doc);
                }
                applied = sequence;
                dirty = true;
                stale = true;
            }
            if (changes.Count < CatchUpBatch)
            {
                break;
            }
        }
        if (dirty && sinceCommit.Elapsed >= CommitEvery)
        {
            CommitLocked();
        }
        if (writer.RamSizeInBytes() < ramBefore)
        {
            // A segment was flushed: what the buffer and the flush held is garbage now, most of it old enough to
            // sit in gen2, which the GC let pile up to 20+ MB between its own full collections. One full
            // collection per flush (every 700-800 articles) keeps the heap at what is live.
            GC.Collect(2, GCCollectionMode.Forced, true, true);
        }
        if (MemoryTrace.On)
        {
            MemoryTrace.Write(string.Create(CultureInfo.InvariantCulture, $"applied {applied} ram {writer.RamSizeInBytes() / 1048576.0:F1} MB files {directory.ListAll().Length}"));
        }
    }

    /// <summary>Throws the index away and builds it again from the store.</summary>
    public void Rebuild(IIndexFeed feed)
    {
        lock (gate)
        {
            if (writer is null)
            {
                throw new InvalidOperationException($"The search index {path} is being written by another process; stop it and run reindex again.");
            }
            storeId = null;
            CatchUpLocked(feed);
            // One segment after a full rebuild: per-segment costs (term seeks of every clause, scorers,
            // facet ordinals) are paid once per search instead of per segment; 25 s at 300k agreements.
            writer.ForceMerge(1);
            CommitLocked();
        }
    }

    /// <summary>Makes what was applied durable, with the sequence it reached.</summary>
    public void Commit()
    {
        lock (gate)
        {
            CommitLocked();
        }
    }

    /// <summary>Catches up with the store, then runs <paramref name="search"/> on a searcher over everything applied and gives the searcher back.</summary>
    public T Search<T>(IIndexFeed feed, Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        CatchUp(feed);
        var searcher = Searcher();
        try
        {
            return search(searcher);
        }
        finally
        {
            Done(searcher);
        }
    }

    /// <summary>A searcher over everything applied (the writer's uncommitted changes included).</summary>
    private IndexSearcher Searcher()
    {
        lock (gate)
        {
            if (reader is null)
            {
                if (writer is not null)
                {
                    reader = DirectoryReader.Open(writer, true);
                }
                else if (DirectoryReader.IndexExists(directory))
                {
                    reader = DirectoryReader.Open(directory);
                }
                else
                {
                    return new IndexSearcher(new MultiReader()) { Similarity = similarity };
                }
            }
            else if (stale || writer is null)
            {
                var changed = writer is not null ? DirectoryReader.OpenIfChanged(reader, writer, true) : DirectoryReader.OpenIfChanged(reader);
                if (changed is not null)
                {
                    // Searches still running on the old reader hold their own reference to it.
                    reader.DecRef();
                    reader = changed;
                    searcher = null;
                }
            }
            stale = false;
            if (searcher is null)
            {
                searcher = new IndexSearcher(reader) { Similarity = similarity };
            }
            reader.IncRef();
            return searcher;
        }
    }

    /// <summary>Gives back a searcher from <see cref="Searcher"/>.</summary>
    private static void Done(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (searcher.IndexReader is DirectoryReader r)
        {
            r.DecRef();
        }
    }

    /// <summary>For tests of crash safety: drops what was applied since the last commit, as a killed process would, and closes the writer.</summary>
    internal void LoseUncommitted()
    {
        lock (gate)
        {
            reader?.Dispose();
            reader = null;
            searcher = null;
            writer?.Rollback();
        }
    }

    private void CommitLocked()
    {
        sinceCommit.Restart();
        if (writer is null || writer.IsClosed || !dirty)
        {
            return;
        }
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = applied.ToString(CultureInfo.InvariantCulture),
            [StoreKey] = storeId ?? "",
            [FormatKey] = Format,
        });
        writer.Commit();
        dirty = false;
    }
}
