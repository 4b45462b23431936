namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The gradient-boosted model's view of a customer at a cut-off: RFM, spend in recent windows, inter-purchase gaps,
/// basket size, category spread, returns, last year's same season, the shop-wide momentum of the products they bought
/// (<see cref="ProductMomentum"/>), and the BG/NBD figures at the same cut-off (so the trees can correct the
/// probabilistic model where the shop breaks its assumptions). Missing values are NaN (LightGBM learns where they go).
/// O(customer's lines).
/// </summary>
internal static class CustomerFeatures
{
    public const int Count = 28;

    public static float[] Of(CustomerHistory c, DateOnly cutoff, (double Alive, double Purchases, double Value) bgNbd,
        ProductMomentum momentum)
    {
        var f = new float[Count];
        var days = c.PurchaseDays;
        f[0] = c.Recency(cutoff);
        f[1] = c.Age(cutoff);
        f[2] = days.Length;
        f[3] = c.Orders;
        f[4] = (float)c.Spend;
        f[5] = (float)(c.DaySpend.Sum() / days.Length);
        f[6] = Spend(c, cutoff, 30);
        f[7] = Spend(c, cutoff, 90);
        f[8] = Spend(c, cutoff, 180);
        f[9] = Spend(c, cutoff, 365);
        f[10] = days.Count(d => d > cutoff.AddDays(-90));
        f[11] = days.Count(d => d > cutoff.AddDays(-180));
        var gaps = days.Zip(days.Skip(1), (a, b) => (double)(b.DayNumber - a.DayNumber)).ToArray();
        f[12] = gaps.Length == 0 ? float.NaN : (float)gaps.Average();
        f[13] = gaps.Length < 2 ? float.NaN
            : (float)(Math.Sqrt(gaps.Average(g => (g - gaps.Average()) * (g - gaps.Average()))) / gaps.Average());
        f[14] = gaps.Length == 0 ? float.NaN : (float)(c.Recency(cutoff) / gaps.Average());
        var bought = c.Lines.Where(l => l.Quantity > 0).ToArray();
        var orders = bought.GroupBy(l => l.OrderId, StringComparer.Ordinal).ToArray();
        f[15] = (float)orders.Average(o => o.Select(l => l.ProductId).Distinct(StringComparer.Ordinal).Count());
        f[16] = (float)orders.Average(o => o.Sum(l => l.Quantity));
        f[17] = bought.Select(l => l.ProductId).Distinct(StringComparer.Ordinal).Count();
        var categories = bought.Where(l => l.Category.Length > 0).GroupBy(l => l.Category, StringComparer.Ordinal)
            .Select(g => (double)g.Sum(l => l.Spend)).ToArray();
        f[18] = categories.Length;
        f[19] = categories.Length == 0 || categories.Sum() <= 0 ? float.NaN : (float)(categories.Max() / categories.Sum());
        var gross = (double)bought.Sum(l => l.Spend);
        f[20] = gross <= 0 ? 0 : (float)(-(double)c.Lines.Where(l => l.Quantity < 0).Sum(l => l.Spend) / gross);
        f[21] = (float)c.DaySpend.Max();
        f[22] = c.Age(cutoff) < 365 ? float.NaN : (float)c.SpendBetween(cutoff.AddDays(-365), cutoff.AddDays(-275));
        (f[23], f[24], f[25]) = ((float)bgNbd.Purchases, (float)bgNbd.Alive, (float)bgNbd.Value);
        (f[26], f[27]) = momentum.Of(c);
        return f;
    }

    private static float Spend(CustomerHistory c, DateOnly cutoff, int days) => (float)c.SpendBetween(cutoff.AddDays(-days), cutoff);
}
