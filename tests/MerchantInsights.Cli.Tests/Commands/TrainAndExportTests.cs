using System.Globalization;
using MerchantInsights.Testing;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>The evaluation contract of issues 5–7: train, then export with the exact headers, on the demo shop.</summary>
public sealed class TrainAndExportTests : ShopTests
{
    private string Db => Path.Combine(Shop.Folder, "cli.db");
    private static string DemoShop => Path.Combine(AppContext.BaseDirectory, "Fixtures", "demo-shop.csv");

    [Fact]
    public async Task Train_then_export_writes_every_contract_file()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--db", Db, DemoShop)).Exit);
        var train = await CliRun.RunAsync("train", "--db", Db, "--horizon", "14");
        Assert.Equal(0, train.Exit);
        Assert.Contains("Forecasts: 58 products, next 14 days", train.Out); // 60 products: one discontinued, the gift card is not merchandise
        Assert.Contains("Cleaned demand:", train.Out);
        Assert.Contains("Prices: 58 products", train.Out);
        Assert.Contains("Recommendations:", train.Out);

        var forecasts = await ExportAsync("forecasts");
        Assert.Equal("product_id,date,forecast,lower,upper", forecasts[0]);
        Assert.Equal(58 * 14, forecasts.Length - 1);
        var rows = forecasts.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal("2026-11-01", rows.Min(r => r[1]));
        Assert.Equal("2026-11-14", rows.Max(r => r[1]));
        Assert.DoesNotContain(rows, r => r[0] == "P-KIT-07"); // discontinued in June: no sale in the last 90 days
        Assert.All(rows, r =>
        {
            var (f, lo, hi) = (Num(r[2]), Num(r[3]), Num(r[4]));
            Assert.True(0 <= lo && lo <= f + 1e-9 && f <= hi + 1e-9, string.Join(',', r));
        });

        var prices = await ExportAsync("prices");
        Assert.Equal("product_id,current_price,unit_cost,elasticity,elasticity_low,elasticity_high,suggested_price,expected_units,expected_profit,verdict", prices[0]);
        Assert.Equal(58, prices.Length - 1);
        Assert.All(prices.Skip(1).Select(l => l.Split(',')), r => Assert.True(Num(r[4]) <= Num(r[3]) && Num(r[3]) <= Num(r[5])));

        var picks = await ExportAsync("recommendations", "--k", "3");
        Assert.Equal("customer_id,rank,product_id,score", picks[0]);
        var byCustomer = picks.Skip(1).Select(l => l.Split(',')).GroupBy(r => r[0]).ToList();
        Assert.All(byCustomer, g => Assert.Equal(["1", "2", "3"], g.Select(r => r[1])));
        var customers = File.ReadLines(DemoShop).Skip(1).Select(l => l.Split(',')[2]).Where(c => c != "").Distinct().Count();
        Assert.Equal(customers, byCustomer.Count);

        var together = await ExportAsync("together", "--k", "5");
        Assert.Equal("product_id,rank,other_product_id,support,confidence,lift", together[0]);
        Assert.Contains("P-BRE-01,1,P-BRE-02,", string.Join('\n', together));
    }

    [Fact]
    public async Task Exporting_before_training_or_asking_for_an_unknown_step_fails_with_a_clear_message()
    {
        var export = await CliRun.RunAsync("export", "forecasts", "--db", Db, "--out", Path.Combine(Shop.Folder, "f.csv"));
        Assert.Equal(1, export.Exit);
        Assert.Contains("There are no forecasts yet: run `train`", export.Err);
        Assert.False(File.Exists(Path.Combine(Shop.Folder, "f.csv")));

        var train = await CliRun.RunAsync("train", "--db", Db, "--what", "weather");
        Assert.Equal(1, train.Exit);
        var steps = FeatureRegistry.Build().Trained;
        Assert.Contains($"Unknown training step 'weather'. Choose from: {string.Join(", ", steps.Select(f => f.Name))}.", train.Err);
        Assert.Contains("Choose from: forecast, pricing, recommendations, ", train.Err);

        Assert.NotEqual(0, (await CliRun.RunAsync("export", "holidays", "--db", Db, "--out", "x.csv")).Exit);
        Assert.Equal(1, (await CliRun.RunAsync("train", "--db", Db, "--horizon", "0")).Exit);
    }

    private async Task<string[]> ExportAsync(string what, params string[] extra)
    {
        var file = Path.Combine(Shop.Folder, what + ".csv");
        var run = await CliRun.RunAsync(["export", what, "--db", Db, "--out", file, .. extra]);
        Assert.True(run.Exit == 0, run.Err);
        return File.ReadAllLines(file);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
