namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// A product of a messy shop with its hidden truth: popularity (orders it joins, relative), own-price elasticity,
/// life span in day indices, and the regular and charged price of every day (they differ during promotions and sales).
/// </summary>
public sealed record MessyProduct(string Sku, string Name, string Category, decimal BasePrice, decimal? Cost, double Popularity,
    double Elasticity, int LaunchDay, int? EndDay, decimal[] Regular, decimal[] Charged)
{
    public string ProductId => Sku.Length > 0 ? Sku : Name;

    public bool SellsOn(int day) => day >= LaunchDay && !(day > EndDay);

    /// <summary>How the day's price moves demand: (charged / base price)^elasticity.</summary>
    public double PriceEffect(int day) => Math.Pow((double)(Charged[day] / BasePrice), Elasticity);

    public MessyLine Line(string orderId, DateTime at, string customer, int quantity, int day, MessKind kind = MessKind.Sale) =>
        new(orderId, at, customer, Sku, Name, Category, quantity, Charged[day], Cost, kind, true,
            Charged[day] < Regular[day] ? Regular[day] : null);
}
