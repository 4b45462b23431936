using MerchantInsights.Analytics.Alerts;

namespace MerchantInsights.Alerts.Bench;

/// <summary>An anomaly the simulator planted: its kind, product, days and (for line kinds) order; a drop to zero is an outage.</summary>
public sealed record Planted(AlertKind Kind, string ProductId, DateOnly From, DateOnly To, string? OrderId, bool Outage = false)
{
    public bool Matches(SalesAlert a) => a.Kind == Kind && a.ProductId == ProductId
        && (OrderId is null ? a.From <= To && a.To >= From : a.OrderId == OrderId);
}

/// <summary>A simulated shop: its order lines, what was planted, and the days that must not be flagged.</summary>
public sealed record SimulatedShop(List<MerchantInsights.Analytics.Demand.SaleLine> Lines, List<Planted> Planted,
    HashSet<DateOnly> PeakDays, HashSet<(string Product, DateOnly Day)> PromotionDays, DateOnly First, int Days, int Products);
