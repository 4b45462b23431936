namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// A customer's purchases up to a cut-off day, as the models read them. A purchase day is a day with at least one line
/// bought (returns alone are not purchases); <see cref="DaySpend"/> is the net spend of each purchase day (returns
/// netted on the day they came back, which may make a day negative).
/// </summary>
internal sealed record CustomerHistory(string CustomerId, DateOnly FirstDay, DateOnly LastDay, int Orders, decimal Spend,
    DateOnly[] PurchaseDays, double[] DaySpend, CustomerLine[] Lines)
{
    /// <summary>Repeat purchase days: the BG/NBD model's x (the first purchase starts the customer, it is not a repeat).</summary>
    public int Repeats => PurchaseDays.Length - 1;

    /// <summary>Days from the first to the last purchase day (BG/NBD t_x).</summary>
    public int LastRepeatAge => LastDay.DayNumber - FirstDay.DayNumber;

    public int Age(DateOnly cutoff) => cutoff.DayNumber - FirstDay.DayNumber;

    public int Recency(DateOnly cutoff) => cutoff.DayNumber - LastDay.DayNumber;

    /// <summary>Mean net spend of the repeat purchase days with positive spend (Gamma-Gamma's m_x); 0 when none.</summary>
    public (int Count, double Mean) RepeatSpend()
    {
        var (count, sum) = (0, 0.0);
        for (var i = 1; i < DaySpend.Length; i++)
            if (DaySpend[i] > 0) (count, sum) = (count + 1, sum + DaySpend[i]);
        return (count, count == 0 ? 0 : sum / count);
    }

    /// <summary>Net spend in the days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public decimal SpendBetween(DateOnly from, DateOnly to) => Lines.Where(l => l.Day > from && l.Day <= to).Sum(l => l.Spend);
}
