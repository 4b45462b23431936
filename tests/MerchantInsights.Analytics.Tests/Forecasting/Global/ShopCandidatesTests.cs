using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Analytics.Tests.Forecasting.Global;

/// <summary>The shop-wide model read as a median: of a Poisson count for even sales, of a negative binomial for lumpy ones.</summary>
public sealed class ShopCandidatesTests
{
    private static readonly int Median = Array.IndexOf(ShopCandidates.Names, "shop-wide median");

    private static double[] Read(double mean, double dispersion) =>
        ShopCandidates.Forecast(Median, new double[7], new double[7], Enumerable.Repeat(mean, 7).ToArray(), dispersion);

    [Fact]
    public void Even_sales_take_the_Poisson_median()
    {
        // Poisson(2.5): P(X ≤ 1) = 0.287, P(X ≤ 2) = 0.544, so the median is 2; Poisson(0.6): P(0) = 0.549, median 0.
        Assert.All(Read(2.5, 1), v => Assert.Equal(2, v));
        Assert.All(Read(0.6, 1), v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_product_sold_by_the_dozen_is_read_near_its_typical_day_of_none_and_errs_less_for_it()
    {
        // Three a day on average, but as one order of 12 on a quarter of the days: variance 0.25 × 0.75 × 144 = 27, nine times
        // the mean. The Poisson median (3) is a day nobody has. The negative binomial with that mean and variance has
        // r = 0.375, q = 1/9: P(0) = q^r = 0.439, P(1) = r(1 − q)·P(0) = 0.146, so its median is 1; lumpier still, it is 0.
        Assert.All(Read(3, 9), v => Assert.Equal(1, v));
        Assert.All(Read(3, 20), v => Assert.Equal(0, v));
        var random = new Random(3);
        var days = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble() < 0.25 ? 12.0 : 0).ToArray();
        double MeanError(double forecast) => days.Average(d => Math.Abs(d - forecast));
        // The known answers: |error| averages 0.75 × 1 + 0.25 × 11 = 3.5 at 1 and 0.75 × 3 + 0.25 × 9 = 4.5 at 3.
        Assert.InRange(MeanError(1), 3.4, 3.6);
        Assert.InRange(MeanError(3), 4.4, 4.6);
    }

    [Fact]
    public void Lumpy_days_get_a_wider_band()
    {
        Assert.Equal(Math.Sqrt(3 + 9 / 5.0) + 0.1, ShopForecaster.Spread(3, 1), 9);
        Assert.Equal(Math.Sqrt(27 + 9 / 5.0) + 0.1, ShopForecaster.Spread(3, 9), 9);
    }

    /// <summary>A group's held-out MASE per product: every candidate at 1.0 except the given ones.</summary>
    private static List<double[]> Group(int products, params (int Candidate, Func<int, double> Mase)[] set) =>
        Enumerable.Range(0, products).Select(i =>
        {
            var m = Enumerable.Repeat(1.0, ShopCandidates.Names.Length).ToArray();
            foreach (var (c, f) in set) m[c] = f(i);
            return m;
        }).ToList();

    [Fact]
    public void A_group_keeps_the_models_median_when_another_candidate_is_lower_only_by_chance()
    {
        // The per-product engine is lower on average (0.98 against 1.00) but errs ±0.3 around it product by product: the paired
        // differences have mean −0.02 and a standard error of 0.3 / √20 = 0.067, far from two of them.
        var group = Group(20, (ShopCandidates.PerProduct, i => i % 2 == 0 ? 0.68 : 1.28));
        Assert.Equal(0.98, group.Average(m => m[ShopCandidates.PerProduct]), 9);
        Assert.Equal(ShopCandidates.ModelMedian, ShopCandidates.Choose(group));
        // A one-product group cannot show anything clearly.
        Assert.Equal(ShopCandidates.ModelMedian, ShopCandidates.Choose(Group(1, (ShopCandidates.PerProduct, _ => 0.5))));
    }

    [Fact]
    public void A_candidate_that_beats_the_median_on_every_product_replaces_it_and_the_lowest_clear_one_wins()
    {
        // Weekday median lower by 0.04–0.06 on each product (mean −0.05, standard error under 0.003: clear); the engine
        // lower still on average (0.90) but by chance (±0.5): the weekday median is the lowest of the clear ones.
        var group = Group(10, (ShopCandidates.WeekdayMedian, i => 0.95 + (i % 3 - 1) * 0.01),
            (ShopCandidates.PerProduct, i => i % 2 == 0 ? 0.4 : 1.4));
        Assert.Equal(ShopCandidates.WeekdayMedian, ShopCandidates.Choose(group));
        // Both clear: the lower mean wins.
        var both = Group(10, (ShopCandidates.WeekdayMedian, i => 0.95 + (i % 3 - 1) * 0.01),
            (ShopCandidates.PerProduct, i => 0.90 + (i % 2) * 0.01));
        Assert.Equal(ShopCandidates.PerProduct, ShopCandidates.Choose(both));
    }
}
