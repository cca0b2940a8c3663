using Extraction.Extract.Model;
using Extraction.Index.Indexing;
using Extraction.Index.Lucene;
using Extraction.Index.Lucene.Analysis;
using Extraction.Index.Query;
using Extraction.Index.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Extraction.Index.Tests;

/// <summary>The index read by address gives back exactly what Lucene wrote, and what Lucene's own map reads.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "mapped-directory-tests-" + Guid.NewGuid().ToString("N"));

    public MappedDirectoryTests() => System.IO.Directory.CreateDirectory(dir);

    public void Dispose() => System.IO.Directory.Delete(dir, recursive: true);

    [Fact]
    public void Values_written_are_read_back_up_to_the_last_byte_and_no_further()
    {
        using (var fs = FSDirectory.Open(dir))
        using (var output = fs.CreateOutput("values", IOContext.DEFAULT))
        {
            output.WriteInt32(-123456789);
            output.WriteInt64(0x0102030405060708L);
            output.WriteInt16(-2);
            output.WriteVInt32(300);
            output.WriteVInt64(1L << 40);
            output.WriteBytes([9, 8, 7], 3);
            output.WriteInt32(42);
        }
        using var mapped = new MappedDirectory(dir);
        using var input = mapped.OpenInput("values", IOContext.DEFAULT);
        Assert.Equal(-123456789, input.ReadInt32());
        Assert.Equal(0x0102030405060708L, input.ReadInt64());
        Assert.Equal((short)-2, input.ReadInt16());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(1L << 40, input.ReadVInt64());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal(new byte[] { 9, 8, 7 }, bytes);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(42, input.ReadInt32());
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        // A clone keeps its own position.
        Assert.Equal(42, clone.ReadInt32());
        input.Seek(4);
        Assert.Equal(0x0102030405060708L, input.ReadInt64());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Searches_read_by_address_equal_those_through_lucenes_map(bool compound)
    {
        Write(compound);
        using var lucene = FSDirectory.Open(dir);
        using var mapped = new MappedDirectory(dir);
        using var luceneReader = DirectoryReader.Open(lucene);
        using var mappedReader = DirectoryReader.Open(mapped);
        Assert.Equal(2, mappedReader.Leaves.Count);
        foreach (var query in new[] { "giảm nghèo", "\"an ninh trật tự\" khu dân cư", "UBND", "Hội Nông dân", "year:2021", "" })
        {
            var expected = Search(luceneReader, query);
            var actual = Search(mappedReader, query);
            Assert.True(expected.Total > 0, query);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Page, actual.Page);
            Assert.Equal(expected.Facets.Keys, actual.Facets.Keys);
            Assert.All(expected.Facets, f => Assert.Equal(f.Value, actual.Facets[f.Key]));
        }
    }

    private static LuceneSearch.Result Search(DirectoryReader reader, string query)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var request = new SearchRequest(query) { Limit = 100 };
        return LuceneSearch.Run(searcher, QueryCompiler.Compile(QueryParser.Parse(query, request), TestLexicon.Keys), request);
    }

    /// <summary>Two segments (two commits), as compound files or as separate files.</summary>
    private void Write(bool compound)
    {
        ExtractedArticle[] articles =
        [
            Make.Article("a.txt", "UBND huyện Krông Pắc và Hội Nông dân tỉnh Đắk Lắk ký kết chương trình giảm nghèo bền vững.", kind: "chương trình phối hợp", subject: "giảm nghèo bền vững", signedOn: "2021-03-04", parties: ["UBND huyện Krông Pắc", "Hội Nông dân tỉnh Đắk Lắk"]),
            Make.Article("b.txt", "Ủy ban nhân dân xã Tân Phú và Công an xã ký quy chế về an ninh trật tự khu dân cư.", kind: "quy chế", subject: "an ninh trật tự", signedOn: "2022-05-06", parties: ["Ủy ban nhân dân xã Tân Phú", "Công an xã Tân Phú"]),
            Make.Article("c.txt", "Hội Nông dân và Ngân hàng Chính sách xã hội bàn về giảm nghèo, an ninh trật tự khu dân cư.", kind: "thỏa thuận", subject: "vốn vay", signedOn: "2021-01-02", parties: ["Hội Nông dân huyện", "Ngân hàng Chính sách xã hội huyện"]),
        ];
        using var fs = FSDirectory.Open(dir);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new VietnameseAnalyzer(TestLexicon.Keys))
        {
            Similarity = new BM25Similarity(),
            UseCompoundFile = compound,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        if (compound)
        {
            config.MergePolicy = NoMergePolicy.COMPOUND_FILES;
        }
        using var writer = new IndexWriter(fs, config);
        var documents = new IndexDocuments(TestLexicon.Keys);
        var id = 0L;
        foreach (var article in articles)
        {
            foreach (var doc in DocBuilder.Build(article))
            {
                documents.Add(writer, ++id, article.Article.Source, doc);
            }
            if (article == articles[0])
            {
                writer.Commit();
            }
        }
        writer.Commit();
    }
}
