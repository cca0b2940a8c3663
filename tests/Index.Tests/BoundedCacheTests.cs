using Extraction.Index.Text;

namespace Extraction.Index.Tests;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Holds_at_most_two_generations_however_many_keys_pass()
    {
        var cache = new BoundedCache<string, int>(100, StringComparer.Ordinal);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Add($"w{i}", i);
            Assert.True(cache.Count <= 200);
        }
    }

    [Fact]
    public void A_key_in_use_survives_while_rare_keys_pass_through()
    {
        var cache = new BoundedCache<string, int>(100, StringComparer.Ordinal);
        cache.Add("và", 1);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Add($"w{i}", i);
            Assert.True(cache.TryGet("và", out var value));
            Assert.Equal(1, value);
        }
        Assert.False(cache.TryGet("w0", out _));
    }
}
