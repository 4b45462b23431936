using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Jobs.Stock;

/// <summary>Reorder suggestions for the products given, in the order given, from the forecast trained on data up to
/// <see cref="DataTo"/>.</summary>
public sealed record ReorderPlan(DateOnly DataTo, DateTime ForecastTrainedAt, IReadOnlyList<ReorderSuggestion> Suggestions)
{
    /// <summary>The products to order now (stock below the reorder point), soonest stock-out first.</summary>
    public IReadOnlyList<ReorderSuggestion> ToOrder =>
        Suggestions.Where(s => s.NeedsOrder).OrderBy(s => s.StockoutDate ?? DateOnly.MaxValue)
            .ThenBy(s => s.ProductId, StringComparer.Ordinal).ToList();

    /// <summary>The cash the orders tie up, and how many of them have no unit cost (not counted).</summary>
    public (decimal Cash, int WithoutCost) CashTiedUp =>
        (ToOrder.Sum(s => s.CashTiedUp ?? 0), ToOrder.Count(s => s.CashTiedUp is null));
}
