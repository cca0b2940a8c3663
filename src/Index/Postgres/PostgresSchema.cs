namespace Extraction.Index.Postgres;

/// <summary>
/// The PostgreSQL schema: the SQLite tables' columns, with the key text in the docs row and
/// tsvectors ('simple' config: the keys are already folded in C#) generated from it, weighted
/// A parties, B title, C subject, D body. GIN indexes the folded and the kind/place vectors.
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
            ev_end integer NOT NULL,
            p_x text NOT NULL, p_f text NOT NULL, t_x text NOT NULL, t_f text NOT NULL, s_x text NOT NULL,
            s_f text NOT NULL, b_x text NOT NULL, b_f text NOT NULL, k_f text NOT NULL, l_f text NOT NULL,
            tsv_x tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', p_x), 'A') || setweight(to_tsvector('simple', t_x), 'B') ||
                setweight(to_tsvector('simple', s_x), 'C') || setweight(to_tsvector('simple', b_x), 'D')) STORED,
            tsv_f tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', p_f), 'A') || setweight(to_tsvector('simple', t_f), 'B') ||
                setweight(to_tsvector('simple', s_f), 'C') || setweight(to_tsvector('simple', b_f), 'D')) STORED,
            tsv_kl tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', k_f), 'A') || setweight(to_tsvector('simple', l_f), 'B')) STORED);
        CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
        CREATE INDEX IF NOT EXISTS docs_filter ON docs(is_article, visible, date_key);
        CREATE INDEX IF NOT EXISTS docs_tsv_f ON docs USING gin(tsv_f);
        CREATE INDEX IF NOT EXISTS docs_tsv_kl ON docs USING gin(tsv_kl);
        """;
}
