using MerchantInsights.Data.Sales;

namespace MerchantInsights.Jobs.Training;

/// <summary>One product in the forecast portfolio table: the next weeks' units with their range, accuracy and direction.
/// <paramref name="TypicalDays"/>: the sum of the typical days when <paramref name="NextUnits"/> is the shop-wide model's total instead
/// (a product sold in lumps, <see cref="Analytics.Forecasting.DemandForecast.SoldInLumps"/>); null otherwise.</summary>
public sealed record PortfolioRow(string ProductId, string Name, string Category, double NextUnits, double Low, double High,
    double LastUnits, double Mase, double SeasonalNaiveMase, string Method, decimal RecentRevenue = 0, double? TypicalDays = null)
    : IProductRow
{
    /// <summary>Up when the forecast is over 10% above the same number of past days, down when 10% below.</summary>
    public DemandTrend Trend => NextUnits > LastUnits * 1.1 ? DemandTrend.Up : NextUnits < LastUnits * 0.9 ? DemandTrend.Down
        : DemandTrend.Flat;

    public string TrendArrow => Trend switch { DemandTrend.Up => "↑", DemandTrend.Down => "↓", _ => "→" };
}
