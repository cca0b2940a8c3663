using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Extraction.Index.Postgres;

/// <summary>What to enqueue: an input file (whole, or one WARC byte range), or a run of stored sources to re-extract.</summary>
public sealed record JobSpec(string Kind, string Path, long RangeStart = 0, long RangeEnd = -1, int FirstRecord = 0, string? LastSource = null);

/// <summary>A job a worker holds: its spec, and which attempt this is (1 for the first).</summary>
public sealed record ClaimedJob(long Id, JobSpec Spec, int Attempt);

/// <summary>How many jobs are in each state, and how many finished in the last minute.</summary>
public sealed record JobCounts(long Queued, long Running, long Done, long Failed, long DoneLastMinute, long ArticlesLastMinute, long ArticlesDone);

/// <summary>
/// The work queue in the team's PostgreSQL (table <c>jobs</c>, see <see cref="PostgresSchema.Jobs"/>). A worker
/// claims jobs with <c>FOR UPDATE SKIP LOCKED</c> (two workers never take the same job, and neither waits for
/// the other) and holds them under a lease it renews while alive; a job whose lease ran out (its worker was
/// killed) is claimed again by the next worker. A failed job waits a growing delay before its next attempt;
/// after <see cref="MaxAttempts"/> it is quarantined (state failed) with its error, and the others go on.
/// Thread-safe: the heartbeat runs on a timer beside the worker's loop.
/// </summary>
public sealed class PostgresJobQueue : IDisposable
{
    public const string InputJob = "input";
    public const string ReprocessJob = "reprocess";
    public const int MaxAttempts = 3;

    private const int InsertChunk = 1000;

    private readonly NpgsqlConnection connection;
    private readonly Lock gate = new();
    private readonly TimeSpan lease;
    private readonly TimeSpan backoff;

    /// <param name="worker">This worker's name in the jobs it holds (host and process id).</param>
    /// <param name="lease">How long a claimed job stays this worker's without a heartbeat.</param>
    /// <param name="backoff">The wait before a failed job's second attempt; each later one waits four times more.</param>
    public PostgresJobQueue(string connectionString, string worker, TimeSpan lease, TimeSpan backoff)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        Worker = worker;
        this.lease = lease;
        this.backoff = backoff;
        connection = new NpgsqlConnection(PostgresConnectionString.Normalise(connectionString));
        connection.Open();
        using var tx = connection.BeginTransaction();
        Execute("SELECT pg_advisory_xact_lock(7253641)", tx);
        Execute(PostgresSchema.Jobs, tx);
        tx.Commit();
    }

    public string Worker { get; }

    /// <summary>Adds the jobs not already queued or running (one pending row per input); returns how many were added.</summary>
    public int Enqueue(IEnumerable<JobSpec> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var added = 0;
        lock (gate)
        {
            foreach (var chunk in jobs.Chunk(InsertChunk))
            {
                using var cmd = new NpgsqlCommand(
                    """
                    INSERT INTO jobs(kind, path, range_start, range_end, first_record, last_source)
                    SELECT * FROM unnest(@k, @p, @s, @e, @f, @l)
                    ON CONFLICT (kind, path, range_start) WHERE state IN ('queued', 'running') DO NOTHING
                    """,
                    connection);
                cmd.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(j => j.Kind).ToArray() });
                cmd.Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(j => j.Path).ToArray() });
                cmd.Parameters.Add(new NpgsqlParameter("s", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = chunk.Select(j => j.RangeStart).ToArray() });
                cmd.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = chunk.Select(j => j.RangeEnd).ToArray() });
                cmd.Parameters.Add(new NpgsqlParameter("f", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = chunk.Select(j => j.FirstRecord).ToArray() });
                cmd.Parameters.Add(new NpgsqlParameter("l", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(j => j.LastSource).ToArray() });
                added += cmd.ExecuteNonQuery();
            }
        }
        return added;
    }

    /// <summary>
    /// Takes up to <paramref name="max"/> jobs: queued ones whose wait is over, and running ones whose lease ran
    /// out. A job whose worker was lost after its last attempt is quarantined instead of taken again.
    /// </summary>
    public IReadOnlyList<ClaimedJob> Claim(int max)
    {
        var claimed = new List<ClaimedJob>();
        lock (gate)
        {
            using var tx = connection.BeginTransaction();
            Execute(
                $"""
                UPDATE jobs SET state = 'failed', finished_at = now(), lease_until = NULL,
                    error = coalesce(error || '; ', '') || 'worker ' || coalesce(worker, '?') || ' stopped answering (attempt ' || attempts || ')'
                WHERE state = 'running' AND lease_until < now() AND attempts >= {MaxAttempts}
                """,
                tx);
            using var cmd = new NpgsqlCommand(
                """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = @w, started_at = now(),
                    lease_until = now() + @lease
                WHERE id IN (
                    SELECT id FROM jobs
                    WHERE (state = 'queued' AND not_before <= now()) OR (state = 'running' AND lease_until < now())
                    ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, path, range_start, range_end, first_record, last_source, attempts
                """,
                connection,
                tx);
            cmd.Parameters.AddWithValue("w", Worker);
            cmd.Parameters.AddWithValue("lease", lease);
            cmd.Parameters.AddWithValue("n", max);
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    var spec = new JobSpec(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6));
                    claimed.Add(new ClaimedJob(r.GetInt64(0), spec, r.GetInt32(7)));
                }
            }
            tx.Commit();
        }
        claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
        return claimed;
    }

    /// <summary>Renews the lease of every job this worker holds: it is alive.</summary>
    public void Heartbeat()
    {
        lock (gate)
        {
            using var cmd = new NpgsqlCommand("UPDATE jobs SET lease_until = now() + @lease WHERE state = 'running' AND worker = @w", connection);
            cmd.Parameters.AddWithValue("lease", lease);
            cmd.Parameters.AddWithValue("w", Worker);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Marks a job done, unless another worker took it meanwhile (this one's lease ran out): then that one reports.</summary>
    public void Complete(long id, int articles)
    {
        lock (gate)
        {
            using var cmd = new NpgsqlCommand(
                "UPDATE jobs SET state = 'done', finished_at = now(), lease_until = NULL, articles = @a, error = NULL WHERE id = @id AND worker = @w AND state = 'running'",
                connection);
            cmd.Parameters.AddWithValue("a", articles);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("w", Worker);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Puts a failed job back with a growing wait, or quarantines it (state failed) after its last attempt.</summary>
    public void Fail(long id, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (gate)
        {
            using var cmd = new NpgsqlCommand(
                $"""
                UPDATE jobs SET
                    state = CASE WHEN attempts >= {MaxAttempts} THEN 'failed' ELSE 'queued' END,
                    finished_at = CASE WHEN attempts >= {MaxAttempts} THEN now() END,
                    not_before = now() + @backoff * power(4, attempts - 1),
                    lease_until = NULL, error = @e
                WHERE id = @id AND worker = @w AND state = 'running'
                """,
                connection);
            cmd.Parameters.AddWithValue("backoff", backoff);
            cmd.Parameters.AddWithValue("e", error);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("w", Worker);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Gives back the jobs this worker holds but has not started (a clean stop), without counting an attempt.</summary>
    public void Release(IEnumerable<long> ids)
    {
        lock (gate)
        {
            using var cmd = new NpgsqlCommand(
                "UPDATE jobs SET state = 'queued', attempts = attempts - 1, lease_until = NULL, worker = NULL WHERE id = ANY(@ids) AND worker = @w AND state = 'running'",
                connection);
            cmd.Parameters.AddWithValue("ids", ids.ToArray());
            cmd.Parameters.AddWithValue("w", Worker);
            cmd.ExecuteNonQuery();
        }
    }

    public JobCounts Counts()
    {
        lock (gate)
        {
            using var cmd = new NpgsqlCommand(
                """
                SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
                       count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed'),
                       count(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute'),
                       coalesce(sum(articles) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute'), 0),
                       coalesce(sum(articles) FILTER (WHERE state = 'done'), 0)
                FROM jobs
                """,
                connection);
            using var r = cmd.ExecuteReader();
            r.Read();
            return new JobCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6));
        }
    }

    /// <summary>The quarantined jobs (newest first): what they were and the error they failed with.</summary>
    public IReadOnlyList<(string What, int Attempts, string Error)> Failed(int limit)
    {
        var list = new List<(string, int, string)>();
        lock (gate)
        {
            using var cmd = new NpgsqlCommand(
                "SELECT kind, path, range_start, range_end, last_source, attempts, coalesce(error, '') FROM jobs WHERE state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT @n",
                connection);
            cmd.Parameters.AddWithValue("n", limit);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var spec = new JobSpec(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), 0, r.IsDBNull(4) ? null : r.GetString(4));
                list.Add((Describe(spec), r.GetInt32(5), r.GetString(6)));
            }
        }
        return list;
    }

    /// <summary>A job as messages name it: the path, with its byte range or last source when it has one.</summary>
    public static string Describe(JobSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind == ReprocessJob
            ? $"reprocess {spec.Path} .. {spec.LastSource}"
            : spec.RangeEnd < 0 ? spec.Path : string.Create(CultureInfo.InvariantCulture, $"{spec.Path} (bytes {spec.RangeStart}-{spec.RangeEnd})");
    }

    private void Execute(string sql, NpgsqlTransaction? tx)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
