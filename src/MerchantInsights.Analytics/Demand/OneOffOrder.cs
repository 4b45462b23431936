namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// A line far above the product's usual order size. Unless the owner included it, forecasts and prices learn
/// <see cref="CappedTo"/> units from it instead of <see cref="Quantity"/>; revenue keeps the whole line.
/// </summary>
public sealed record OneOffOrder(long LineKey, string ProductId, string OrderId, DateOnly Day, double Quantity, double CappedTo,
    double UsualQuantity, bool Included, string Reason);
