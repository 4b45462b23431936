using System.Globalization;
using System.Text.RegularExpressions;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Testing;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>The customer contract of issue 14: `export segments` after training the customers step, on the demo shop.</summary>
public sealed class SegmentsExportTests : ShopTests
{
    private string Db => Path.Combine(Shop.Folder, "cli.db");
    private static string DemoShop => Path.Combine(AppContext.BaseDirectory, "Fixtures", "demo-shop.csv");

    /// <summary>The demo file's fields; names such as "Coaster set, cork" are quoted.</summary>
    private static string[] Fields(string line) => Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    [Fact]
    public async Task Export_segments_writes_one_row_per_customer_with_an_order_under_the_exact_header()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--db", Db, DemoShop)).Exit);
        var train = await CliRun.RunAsync("train", "--db", Db, "--what", "customers");
        Assert.Equal(0, train.Exit);
        Assert.Contains("Customers: ", train.Out);

        var output = Path.Combine(Shop.Folder, "segments.csv");
        Assert.Equal(0, (await CliRun.RunAsync("export", "segments", "--db", Db, "--out", output)).Exit);
        var lines = await File.ReadAllLinesAsync(output);

        // Frequency counts the orders placed (a cancelled one too; spend nets it out); recency is from the last of them.
        Assert.Equal("customer_id,recency_days,frequency,monetary,segment,p_active,predicted_value_90d", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var orders = File.ReadLines(DemoShop).Skip(1).Select(Fields).Where(f => f[2] != "")
            .GroupBy(f => f[2]).ToDictionary(g => g.Key, g => (Orders: g.Where(f => f[6][0] != '-').Select(f => f[0]).Distinct().Count(), Last: g.Where(f => f[6][0] != '-').Max(f => f[1])!));
        Assert.Equal(orders.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        var lastDay = DateOnly.FromDateTime(DateTime.Parse(orders.Values.Max(o => o.Last)!, CultureInfo.InvariantCulture));
        var names = SegmentRules.All.Select(r => r.Name).ToHashSet();
        Assert.All(rows, r =>
        {
            var (orderCount, last) = orders[r[0]];
            Assert.Equal(orderCount, int.Parse(r[2], CultureInfo.InvariantCulture));
            Assert.Equal(lastDay.DayNumber - DateOnly.FromDateTime(DateTime.Parse(last, CultureInfo.InvariantCulture)).DayNumber, int.Parse(r[1], CultureInfo.InvariantCulture));
            Assert.Contains(r[4], names);
            Assert.InRange(double.Parse(r[5], CultureInfo.InvariantCulture), 0, 1);
            Assert.True(double.Parse(r[6], CultureInfo.InvariantCulture) >= 0, string.Join(',', r));
        });
    }
}
