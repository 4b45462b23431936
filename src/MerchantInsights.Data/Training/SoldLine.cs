namespace MerchantInsights.Data.Training;

/// <summary>
/// An order line of the cleaned demand as the recommenders, customers and alerts see it (quantity negative for returns;
/// customer null for guests). <paramref name="Quantity"/> is the cleaned quantity: cancelled units are gone, a capped
/// one-off counts only its capped units, and a return is negative. <paramref name="UnitPrice"/> is the unit price as sold
/// (0 for lines that carry no spend).
/// </summary>
public sealed record SoldLine(string OrderId, string? CustomerId, string ProductId, DateOnly Day, double Quantity, double UnitPrice = 0)
{
    /// <summary>
    /// What the cleaned quantity was paid, in shop currency, to the cent — so a customer's spend is the sum of their lines.
    /// </summary>
    public decimal Revenue => Math.Round((decimal)Quantity * (decimal)UnitPrice, 2);
}
