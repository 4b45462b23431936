using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Stock;
using MerchantInsights.Data.Training;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Stock;

public sealed class StockSettingsTests : ShopTests
{
    private StockSettings Settings => new(Shop.Contexts, TimeProvider.System);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // MUG sells 4 a day for 40 days, then nothing for the last 10 (it ran out); TEA sells 1 a day throughout.
        var rows = Enumerable.Range(0, 50).SelectMany(d =>
        {
            var day = new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd");
            var tea = $"T{d},{day} 11:00:00,c{d % 5},TEA,Green tea,Tea,1,5.00,2.00";
            return d < 40 ? new[] { $"M{d},{day} 10:00:00,c{d % 7},MUG,Enamel mug,Kitchen,4,12.50,4.00", tea } : [tea];
        }).ToArray();
        await Shop.ImportAsync(Shop.WriteFile("shop.csv", Csv.Canonical(rows)));
    }

    [Fact]
    public async Task Saved_stock_is_read_back_and_products_without_stock_show_their_category_default()
    {
        await Settings.SaveDefaultAsync("Tea", 10, 6, CancellationToken.None);
        await Settings.SaveAsync([new StockPosition("MUG", 25, 30, 12, 4.10m)], CancellationToken.None);

        Assert.Equal([new StockPosition("MUG", 25, 30, 12, 4.10m)], await Settings.AllAsync(CancellationToken.None));
        var (rows, total) = await Settings.PageAsync(0, 10, null, CancellationToken.None);
        Assert.Equal(2, total);
        Assert.Equal(25, rows.Single(r => r.ProductId == "MUG").OnHand);
        var tea = rows.Single(r => r.ProductId == "TEA");
        Assert.Null(tea.OnHand);
        Assert.Equal((10, 6), (tea.LeadTimeDays, tea.OrderMultiple));
        Assert.Equal("TEA", Assert.Single((await Settings.PageAsync(0, 10, "Green", CancellationToken.None)).Rows).ProductId);
    }

    [Fact]
    public async Task A_bad_position_saves_nothing_of_the_batch()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Settings.SaveAsync([new StockPosition("MUG", 25, 30, 12, null), new StockPosition("TEA", 5, 30, 0, null)], CancellationToken.None));
        Assert.Empty(await Settings.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Recorded_zero_stock_makes_the_no_sale_days_before_it_the_recent_level_in_training_not_zero_demand()
    {
        await Settings.SaveAsync([new StockPosition("MUG", 0, 14, 1, null), new StockPosition("TEA", 0, 14, 1, null)], CancellationToken.None);
        Assert.Equal(["MUG", "TEA"], (await Settings.StockOutsAsync(CancellationToken.None)).Keys.Order());

        var demand = await new TrainingData(Shop.Database).CleanDemandAsync(CancellationToken.None);
        var mug = demand.ActiveSeries.Single(s => s.ProductId == "MUG");
        Assert.Equal(50, mug.Units.Length);
        Assert.All(mug.Units, u => Assert.Equal(4, u)); // the 10 stock-out days carry the 4 a day before them
        Assert.All(demand.ActiveSeries.Single(s => s.ProductId == "TEA").Units, u => Assert.Equal(1, u)); // sold on its last day: nothing to fill
        // What the owner sees as sales is unchanged.
        Assert.Equal(160, (await new MerchantInsights.Data.Demand.DemandQueries(Shop.Contexts).DaysAsync("MUG", CancellationToken.None)).Sum(d => d.Units));
    }
}
