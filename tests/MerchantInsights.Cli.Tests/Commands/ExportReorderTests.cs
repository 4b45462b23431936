using System.Globalization;
using System.Text;
using MerchantInsights.Testing;

namespace MerchantInsights.Cli.Tests.Commands;

/// <summary>
/// The reorder contract of issue 15 on a shop whose main product sells exactly 2 units every day: its forecast is 2 a
/// day with no spread, so 10 days of lead time is Poisson(20) demand, whose 95th percentile is 28 (tables).
/// </summary>
public sealed class ExportReorderTests : ShopTests
{
    private const string Header = "product_id,on_hand,lead_time_days,order_multiple,unit_cost";
    private string Db => Path.Combine(Shop.Folder, "cli.db");
    private string Out => Path.Combine(Shop.Folder, "reorder.csv");

    [Fact]
    public async Task Reorder_export_writes_the_contract_header_and_a_hand_checkable_row()
    {
        await TrainSteadyShopAsync();
        var stock = Shop.WriteFile("stock.csv", $"{Header}\nP-STEADY,10,10,6,1.50\nP-OTHER,100,,,\n");
        var run = await CliRun.RunAsync("export", "reorder", "--db", Db, "--stock", stock, "--out", Out);
        Assert.True(run.Exit == 0, run.Err);
        var lines = File.ReadAllLines(Out);
        Assert.Equal("product_id,on_hand,daily_demand,days_of_cover,stockout_date,reorder_point,order_qty", lines[0]);
        // 2 a day: 10 on hand last 5 days, gone on 2026-05-25 (data ends 2026-05-20); 10 + 18 = 28 in packs of 6.
        Assert.Equal("P-STEADY,10,2,5,2026-05-25,28,18", lines[1]);
        var other = lines[2].Split(',');
        Assert.Equal("P-OTHER", other[0]);
        Assert.Equal("0", other[6]); // 100 on hand covers its 14 default days of lead time (under 1 a day)
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task A_bad_stock_file_is_named_by_row_and_column_and_writes_nothing()
    {
        await TrainSteadyShopAsync();
        var bad = Shop.WriteFile("bad-stock.csv", $"{Header}\nP-STEADY,10,10,6,1.50\nP-OTHER,ten,7,1,\n");
        var run = await CliRun.RunAsync("export", "reorder", "--db", Db, "--stock", bad, "--out", Out);
        Assert.Equal(1, run.Exit);
        Assert.Contains("bad-stock.csv, row 3, column 'on_hand' (value 'ten'): is not a whole number.", run.Err);
        Assert.False(File.Exists(Out));

        var unknown = Shop.WriteFile("unknown.csv", $"{Header}\nP-STEDY,10,10,6,\n");
        run = await CliRun.RunAsync("export", "reorder", "--db", Db, "--stock", unknown, "--out", Out);
        Assert.Equal(1, run.Exit);
        Assert.Contains("unknown.csv, row 2, column 'product_id' (value 'P-STEDY'): no product with this id has been imported", run.Err);

        run = await CliRun.RunAsync("export", "reorder", "--db", Db, "--out", Out);
        Assert.Equal(1, run.Exit);
        Assert.Contains("The reorder export needs --stock.", run.Err);
    }

    [Fact]
    public async Task Reorder_before_training_says_to_train_first()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--db", Db, SteadyShop())).Exit);
        var stock = Shop.WriteFile("stock.csv", $"{Header}\nP-STEADY,10,10,6,1.50\n");
        var run = await CliRun.RunAsync("export", "reorder", "--db", Db, "--stock", stock, "--out", Out);
        Assert.Equal(1, run.Exit);
        Assert.Contains("There are no forecasts yet: run `train`", run.Err);
        Assert.False(File.Exists(Out));
    }

    private async Task TrainSteadyShopAsync()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", "--db", Db, SteadyShop())).Exit);
        var train = await CliRun.RunAsync("train", "--db", Db, "--what", "forecast");
        Assert.True(train.Exit == 0, train.Err);
    }

    /// <summary>140 days from 2026-01-01: P-STEADY 2 units every day, P-OTHER 1–4 units every third day.</summary>
    private string SteadyShop()
    {
        var csv = new StringBuilder("order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price,unit_cost\n");
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < 140; i++)
        {
            var day = start.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{2 * i},{day} 10:00:00,C{i % 37:000},P-STEADY,Steady mug,Kitchen,2,10.00,4.00\n");
            if (i % 3 == 0) csv.Append(CultureInfo.InvariantCulture, $"{2 * i + 1},{day} 12:00:00,C{i * 7 % 41:000},P-OTHER,Other thing,Kitchen,{1 + i % 4},5.00,2.00\n");
        }
        return Shop.WriteFile("steady-shop.csv", csv.ToString());
    }
}
