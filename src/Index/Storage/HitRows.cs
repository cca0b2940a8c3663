using System.Data.Common;
using Extraction.Extract.Model;
using Extraction.Index.Query;
using Extraction.Index.Results;
using Extraction.Index.Text;

namespace Extraction.Index.Storage;

/// <summary>What both backends read for the hits on a page: the columns, one row's mapping, and the hits in rank order.</summary>
internal static class HitRows
{
    /// <summary>The select list, over docs d joined to articles a, that <see cref="Read"/> maps.</summary>
    public const string Columns = """
        d.id, d.article_id, d.agr_index, d.source, a.title, a.published, d.kind, d.signed_on, d.parties, d.subject, d.evidence,
        d.ev_start, d.ev_end, CASE WHEN d.is_article = 1 THEN a.text END
        """;

    public static HitRow Read(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new HitRow(
            r.GetInt64(0),
            r.GetString(1),
            r.GetInt32(2),
            r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4),
            r.IsDBNull(5) ? null : IsoDate.Parse(r.GetString(5)),
            r.IsDBNull(6) ? null : r.GetString(6),
            r.IsDBNull(7) ? null : r.GetString(7),
            r.GetString(8),
            r.IsDBNull(9) ? null : r.GetString(9),
            r.IsDBNull(10) ? null : r.GetString(10),
            r.GetInt32(11),
            r.GetInt32(12),
            r.IsDBNull(13) ? null : r.GetString(13));
    }

    /// <summary>The page's hits in rank order, from the rows read (a row gone meanwhile is left out); <paramref name="highlight"/> empty leaves snippets unmarked.</summary>
    public static List<SearchHit> Hits(List<(long Id, double Score)> page, DbDataReader r, IReadOnlyList<KeyPhrase> highlight, SearchKey keys)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(highlight);
        var rows = new Dictionary<long, HitRow>();
        while (r.Read())
        {
            var row = Read(r);
            rows[row.Id] = row;
        }
        return page.Where(p => rows.ContainsKey(p.Id))
            .Select(p => HitBuilder.Build(rows[p.Id], p.Score, highlight, keys))
            .ToList();
    }
}
