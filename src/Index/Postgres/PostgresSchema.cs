namespace Extraction.Index.Postgres;

/// <summary>
/// The PostgreSQL schema: the SQLite tables' columns. Search runs on each machine's Lucene index (see
/// <see cref="PostgresIndexFeed"/>); the key text and tsvector columns an older layout searched are dropped.
/// </summary>
internal static class PostgresSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles(
            source text PRIMARY KEY,
            id text NOT NULL,
            grp text NOT NULL,
            title text,
            published text,
            extractor_version text NOT NULL,
            is_agreement integer NOT NULL,
            json text NOT NULL,
            text text NOT NULL);
        CREATE INDEX IF NOT EXISTS articles_id ON articles(id text_pattern_ops);
        CREATE INDEX IF NOT EXISTS articles_grp ON articles(grp);
        CREATE TABLE IF NOT EXISTS docs(
            id bigserial PRIMARY KEY,
            source text NOT NULL,
            article_id text NOT NULL,
            agr_index integer NOT NULL,
            is_article integer NOT NULL,
            visible integer NOT NULL DEFAULT 1,
            kind text,
            signed_on text,
            year integer,
            date_key integer,
            place text,
            parties text NOT NULL,
            subject text,
            evidence text,
            ev_start integer NOT NULL,
            ev_end integer NOT NULL);
        ALTER TABLE docs DROP COLUMN IF EXISTS tsv_x, DROP COLUMN IF EXISTS tsv_f, DROP COLUMN IF EXISTS tsv_kl,
            DROP COLUMN IF EXISTS p_x, DROP COLUMN IF EXISTS p_f, DROP COLUMN IF EXISTS t_x, DROP COLUMN IF EXISTS t_f,
            DROP COLUMN IF EXISTS s_x, DROP COLUMN IF EXISTS s_f, DROP COLUMN IF EXISTS b_x, DROP COLUMN IF EXISTS b_f,
            DROP COLUMN IF EXISTS k_f, DROP COLUMN IF EXISTS l_f;
        CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
        CREATE INDEX IF NOT EXISTS docs_filter ON docs(is_article, visible, date_key);
        """ + Jobs;

    /// <summary>
    /// The work queue workers share (see <see cref="PostgresJobQueue"/>): one row an input file, WARC byte
    /// range or run of stored sources to re-extract. state: queued, running (leased to a worker until
    /// lease_until), done, failed (quarantined after its last attempt, with the error). One pending row per
    /// input: enqueuing what is already queued or running adds nothing.
    /// </summary>
    public const string Jobs = """
        CREATE TABLE IF NOT EXISTS jobs(
            id bigserial PRIMARY KEY,
            kind text NOT NULL,
            path text NOT NULL,
            range_start bigint NOT NULL DEFAULT 0,
            range_end bigint NOT NULL DEFAULT -1,
            first_record integer NOT NULL DEFAULT 0,
            last_source text,
            state text NOT NULL DEFAULT 'queued',
            attempts integer NOT NULL DEFAULT 0,
            not_before timestamptz NOT NULL DEFAULT now(),
            lease_until timestamptz,
            worker text,
            error text,
            articles integer,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            started_at timestamptz,
            finished_at timestamptz);
        CREATE UNIQUE INDEX IF NOT EXISTS jobs_pending ON jobs(kind, path, range_start) WHERE state IN ('queued', 'running');
        CREATE INDEX IF NOT EXISTS jobs_next ON jobs(id) WHERE state IN ('queued', 'running');
        CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, finished_at);
        """;
}
