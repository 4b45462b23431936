using MerchantInsights.Data.Sales;

namespace MerchantInsights.Jobs.Training;

/// <summary>One product in the forecast portfolio table: the next weeks' units with their range, accuracy and direction.</summary>
public sealed record PortfolioRow(string ProductId, string Name, string Category, double NextUnits, double Low, double High,
    double LastUnits, double Mase, double SeasonalNaiveMase, string Method, decimal RecentRevenue = 0) : IProductRow
{
    /// <summary>Up when the forecast is over 10% above the same number of past days, down when 10% below.</summary>
    public string Trend => NextUnits > LastUnits * 1.1 ? "up" : NextUnits < LastUnits * 0.9 ? "down" : "flat";

    public string TrendArrow => Trend switch { "up" => "↑", "down" => "↓", _ => "→" };
}
