namespace MerchantInsights.Data.Training;

/// <summary>
/// An order line of the cleaned demand as the recommenders, customers and alerts see it (quantity negative for returns;
/// customer null for guests). <paramref name="Revenue"/> is what the cleaned quantity was paid, in shop currency:
/// cancelled units are gone, a capped one-off counts only its capped units, and a return is negative — so a customer's
/// spend is the sum of their lines. <paramref name="UnitPrice"/> is the unit price as sold.
/// </summary>
public sealed record SoldLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity, decimal Revenue,
    double UnitPrice = 0);
