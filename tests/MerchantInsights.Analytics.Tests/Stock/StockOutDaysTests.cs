using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Analytics.Tests.Stock;

public sealed class StockOutDaysTests
{
    private static readonly DateOnly First = new(2025, 1, 1);

    [Fact]
    public void A_recorded_stock_out_fills_its_run_of_no_sale_days_with_the_level_before_it()
    {
        double[] units = [4, 2, 6, 4, 0, 0, 0, 5, 3];
        var (filled, days) = StockOutDays.Fill(units, First, [First.AddDays(5)], baseDays: 4);
        Assert.Equal([4, 2, 6, 4, 4, 4, 4, 5, 3], filled);
        Assert.Equal(3, days);
        Assert.Equal(0, units[4]); // the input is not changed
    }

    [Fact]
    public void A_record_after_the_data_ends_covers_the_trailing_no_sale_days()
    {
        double[] units = [3, 3, 3, 0, 0];
        var (filled, days) = StockOutDays.Fill(units, First, [First.AddDays(40)]);
        Assert.Equal([3, 3, 3, 3, 3], filled);
        Assert.Equal(2, days);
    }

    [Fact]
    public void A_record_on_a_day_with_sales_or_at_the_very_start_changes_nothing()
    {
        double[] units = [0, 0, 2, 3, 0, 1];
        var (filled, days) = StockOutDays.Fill(units, First, [First, First.AddDays(3), First.AddDays(-5)]);
        Assert.Equal(units, filled);
        Assert.Equal(0, days);
    }

    [Fact]
    public void Two_records_in_the_same_run_fill_it_once()
    {
        double[] units = [2, 2, 0, 0, 0];
        var (filled, days) = StockOutDays.Fill(units, First, [First.AddDays(2), First.AddDays(4)]);
        Assert.Equal([2, 2, 2, 2, 2], filled);
        Assert.Equal(3, days);
    }
}
