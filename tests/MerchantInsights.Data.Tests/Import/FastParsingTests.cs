using System.Globalization;
using MerchantInsights.Data.Import;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Import;

/// <summary>The import's shortcuts (canonical dates read digit by digit, repeated texts shared, 64-row statements) give exactly what the
/// general path gives.</summary>
public sealed class FastParsingTests : ShopTests
{
    [Theory]
    [InlineData("2025-03-01 10:04:59", 2025, 3, 1, 10, 4, 59)]
    [InlineData("2025-03-01T23:59:00", 2025, 3, 1, 23, 59, 0)]
    [InlineData("2024-02-29", 2024, 2, 29, 0, 0, 0)]
    [InlineData("1999-12-31 00:00:00", 1999, 12, 31, 0, 0, 0)]
    public void A_canonical_date_reads_as_the_general_parser_reads_it(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(CanonicalDate.TryRead(text, out var fast));
        Assert.Equal(new DateTime(y, mo, d, h, mi, s), fast);
        Assert.True(DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var general));
        Assert.Equal(general.DateTime, fast);
        Assert.Equal(DateTimeKind.Unspecified, fast.Kind);
    }

    [Theory]
    [InlineData("01/03/2025")]           // another layout: the general parser decides
    [InlineData("2025-3-1")]
    [InlineData("2025-03-01 10:00")]
    [InlineData("2025-03-01T10:00:00Z")] // with an offset: the general parser decides
    [InlineData("2025-02-29")]           // no such day
    [InlineData("2025-13-01")]
    [InlineData("2025-03-01 24:00:00")]
    [InlineData("2025-03-01 10:60:00")]
    [InlineData("2025-03-01x10:00:00")]
    [InlineData("２０２５-03-01")]        // full-width digits are not read as digits
    public void Anything_else_is_left_to_the_general_parser(string text) => Assert.False(CanonicalDate.TryRead(text, out _));

    [Fact]
    public void A_repeated_text_is_one_string_and_a_pool_stops_growing_at_its_limit()
    {
        var pool = new TextPool();
        var first = pool.Get("SKU-1".AsSpan());
        Assert.Same(first, pool.Get("xSKU-1".AsSpan(1)));
        Assert.Equal("", pool.Get([]));
        for (var i = 0; i < TextPool.MaxEntries + 10; i++) pool.Get(i.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(TextPool.MaxEntries, pool.Count);
        Assert.Equal("999999999", pool.Get("999999999".AsSpan())); // still the right text, just not kept
    }

    [Fact]
    public async Task An_import_longer_than_a_statement_block_stores_each_line_once_and_its_totals_add_up()
    {
        // 200 lines = three 64-line statements and 8 single-line ones; orders of 2 lines, 3 products, 5 days.
        var rows = Enumerable.Range(0, 200).Select(i =>
            $"O{i / 2},2025-03-0{1 + i % 5} 10:00:00,C{i % 7},SKU-{i % 3},Item {i % 3},Cat,{1 + i % 4},2.50,").ToArray();
        var summary = await Shop.ImportAsync(Shop.WriteFile("long.csv", Csv.Canonical(rows)));

        Assert.Equal(200, summary.RowsImported);
        Assert.Equal(200, await Shop.ScalarAsync("SELECT COUNT(*) FROM OrderLines"));
        Assert.Equal(100, await Shop.ScalarAsync("SELECT Orders FROM ShopSummary"));
        Assert.Equal(7, await Shop.ScalarAsync("SELECT COUNT(*) FROM ShopCustomers"));
        Assert.Equal(15, await Shop.ScalarAsync("SELECT COUNT(*) FROM DailySales"));
        var units = rows.Sum(r => long.Parse(r.Split(',')[6], CultureInfo.InvariantCulture));
        Assert.Equal(units, await Shop.ScalarAsync("SELECT SUM(Units) FROM DailySales"));
        Assert.Equal(units * 25_000, await Shop.ScalarAsync("SELECT SUM(Revenue) FROM DailySales"));
        Assert.Equal(2, await Shop.ScalarAsync("SELECT COUNT(DISTINCT OrderId) FROM OrderLines WHERE OrderId IN ('O0', 'O99')"));
    }
}

public sealed class LongTableTests
{
    [Fact]
    public void The_table_holds_what_a_dictionary_holds_through_growth_with_zero_and_negative_keys()
    {
        var random = new Random(7);
        var table = new LongTable(4);
        var reference = new Dictionary<long, byte>();
        long[] special = [0, -1, long.MinValue, long.MaxValue];
        foreach (var key in special.Concat(Enumerable.Range(0, 50_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)))
            .Concat(Enumerable.Range(0, 5_000).Select(i => (long)i << 40))) // keys that differ only in high bits
        {
            var value = (byte)(key & 0x7F);
            var got = table.GetOrAdd(key, value, out var exists);
            Assert.Equal(reference.ContainsKey(key), exists);
            if (!exists) reference[key] = value;
            Assert.Equal(reference[key], got);
        }
        Assert.Equal(reference.Count, table.Count);
        foreach (var (key, value) in reference.Take(1000)) Assert.Equal(value, table.GetOrAdd(key, 200, out _));
        table.Set(0, 9);
        Assert.Equal(9, table.GetOrAdd(0, 1, out _));
        Assert.False(table.Add(long.MinValue));
        Assert.True(table.Add(12345));
        Assert.Throws<KeyNotFoundException>(() => table.Set(987654321987, 1));
    }
}
