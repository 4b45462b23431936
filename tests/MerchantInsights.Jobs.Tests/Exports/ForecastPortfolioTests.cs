using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Tests.Exports;

public sealed class ForecastPortfolioTests
{
    [Fact]
    public async Task The_portfolio_csv_has_its_header_and_one_line_per_product_with_sums_over_the_horizon()
    {
        var forecast = new DemandForecast("MUG", new DateOnly(2026, 2, 1), [1, 2.5], [0.5, 1], [2, 4], [0, 0], [3, 5], "SSA (recurrent)",
            new Dictionary<string, string>(), [], new ForecastAccuracy(0.8, 1.25, 0.8, 0.95, 1, 2));
        var mug = new ProductTotal("MUG", "Enamel mug, blue", "Kitchen", 100, 20, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 31), 10);
        var rows = ForecastPortfolio.Build([forecast], new Dictionary<string, ProductTotal> { ["MUG"] = mug }, new Dictionary<string, double> { ["MUG"] = 2 });
        using var writer = new StringWriter { NewLine = "\n" };

        await ForecastPortfolio.WriteAsync(writer, rows, horizon: 2, CancellationToken.None);

        // 1 + 2.5 = 3.5 units next, bounds 0.5 + 1 and 2 + 4; 2 units before, so 3.5 is over 10% up.
        Assert.Equal(
            "product_id,product_name,category,units_next_2_days,low_sum_of_daily_80,high_sum_of_daily_80,units_last_2_days,trend,mase,seasonal_naive_mase,method\n"
            + "MUG,\"Enamel mug, blue\",Kitchen,3.5,1.5,6,2,up,0.8,1.25,SSA (recurrent)\n", writer.ToString());
    }
}
