using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Series;

public sealed class ShopDemandIndexTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    [Fact]
    public void A_shared_calendar_effect_is_recovered_from_products_of_different_sizes()
    {
        const int days = 200;
        var truth = Enumerable.Range(0, days).Select(t => t % 7 == 5 ? 2.0 : t is >= 100 and < 110 ? 3.0 : 1.0).ToArray();
        var rng = new Random(4);
        var products = Enumerable.Range(0, 40).Select(p =>
        {
            var level = 2 + p;
            var units = truth.Select(m => (double)Poisson(rng, level * m)).ToArray();
            return new ShopDemandIndex.ProductDays(Start, units, Enumerable.Repeat<double?>(10, days).ToArray());
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));
        var scale = truth.Average();
        for (var t = 0; t < days; t++) Assert.Equal(truth[t] / scale, index[t], 0.08 * truth[t]);
    }

    [Fact]
    public void One_products_promotion_does_not_move_the_index()
    {
        const int days = 120;
        var products = Enumerable.Range(0, 20).Select(p =>
        {
            var units = Enumerable.Repeat(10.0, days).ToArray();
            var prices = Enumerable.Repeat<double?>(5, days).ToArray();
            if (p == 0) for (var t = 50; t < 57; t++) { units[t] = 200; prices[t] = 3; }
            return new ShopDemandIndex.ProductDays(Start, units, prices);
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));
        Assert.All(index, v => Assert.Equal(1, v, 1e-9));
    }

    [Fact]
    public void A_sitewide_sale_on_a_rising_season_takes_the_season_of_the_days_around_it_not_the_sale_and_not_zero()
    {
        // The season doubles over 120 days; in days 60–66 every product is 20% off and sells 25% more (elasticity −1).
        // Slow sellers have many unsold days, which have no price of their own: counted as regular days, only the products
        // that sold nothing in the sale measured it, and the index fell towards 0 there.
        const int days = 120;
        double Season(int t) => Math.Pow(2, t / (double)days);
        bool Sale(int t) => t is >= 60 and < 67;
        var rng = new Random(7);
        var products = Enumerable.Range(0, 30).Select(p =>
        {
            var level = 0.3 + 0.2 * p;
            var units = Enumerable.Range(0, days).Select(t => (double)Poisson(rng, level * Season(t) * (Sale(t) ? 1.25 : 1))).ToArray();
            var prices = Enumerable.Range(0, days).Select(t => units[t] > 0 ? (double?)(Sale(t) ? 8 : 10) : null).ToArray();
            return new ShopDemandIndex.ProductDays(Start, units, prices);
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1), levelOverSitewideSales: true);
        var scale = Enumerable.Range(0, days).Average(Season);
        for (var t = 60; t < 67; t++) Assert.Equal(Season(t) / scale, index[t], 0.12 * Season(t) / scale);
        var marked = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));   // the forecaster's: the sale reads low
        Assert.All(Enumerable.Range(60, 7), t => Assert.True(marked[t] < 0.5 * Season(t) / scale));
    }

    [Fact]
    public void A_sale_of_part_of_the_range_is_measured_by_the_products_at_their_regular_price()
    {
        // Black Friday: visitors ×2.5 for everyone, and 60% of the products also 25% off.
        const int days = 120;
        var rng = new Random(9);
        var products = Enumerable.Range(0, 40).Select(p =>
        {
            var onSale = p % 5 < 3;
            var units = Enumerable.Range(0, days).Select(t => (double)Poisson(rng, 6 * (t == 80 ? 2.5 * (onSale ? 1.4 : 1) : 1))).ToArray();
            var prices = Enumerable.Range(0, days).Select(t => units[t] > 0 ? (double?)(t == 80 && onSale ? 7.5 : 10) : null).ToArray();
            return new ShopDemandIndex.ProductDays(Start, units, prices);
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1), levelOverSitewideSales: true);
        Assert.InRange(index[80] / index.Average(), 2.1, 2.9);
    }

    /// <summary>A best seller (half the shop's units) out of stock for three weeks: those days do not read as a quiet shop.</summary>
    [Fact]
    public void A_best_sellers_stock_out_does_not_read_as_a_quiet_shop()
    {
        const int days = 150;
        var rng = new Random(7);
        var products = Enumerable.Range(0, 21).Select(p =>
        {
            var units = Enumerable.Range(0, days).Select(t => p == 0 ? (t is >= 60 and < 81 ? 0 : Poisson(rng, 60)) : (double)Poisson(rng, 3))
                .Select(u => (double)u).ToArray();
            return new ShopDemandIndex.ProductDays(Start, units, Enumerable.Repeat<double?>(10, days).ToArray());
        }).ToList();
        var index = ShopDemandIndex.Build(products, Start, Start.AddDays(days - 1));
        Assert.InRange(Enumerable.Range(60, 21).Average(t => index[t]), 0.92, 1.08);
    }

    /// <summary>Which quiet runs are left out: one its selling rhythm makes very unlikely, that ended — not a weekly lump
    /// seller's quiet days, nor a run still going at the end, nor one of more than 28 days.</summary>
    [Fact]
    public void Only_improbable_quiet_runs_that_ended_are_left_out()
    {
        var index = Enumerable.Repeat(1.0, 120).ToArray();
        bool[] LeftOut(double[] units)
        {
            var counts = Enumerable.Repeat(true, units.Length).ToArray();
            ShopDemandIndex.LeaveOutUnavailableRuns(units, counts, 0, index);
            return [.. counts.Select(c => !c)];
        }
        // A seller on nine days of ten, quiet for ten days (chance about 1 in 10^10): left out, and nothing else.
        var daily = Enumerable.Range(0, 120).Select(t => t is >= 40 and < 50 || t % 10 == 5 ? 0.0 : 4).ToArray();
        var gap = LeftOut(daily);
        Assert.All(Enumerable.Range(40, 10), t => Assert.True(gap[t]));
        Assert.Equal(10, gap.Count(x => x));
        // A wholesale customer's dozen every Monday: six quiet days a week are its rhythm.
        Assert.DoesNotContain(true, LeftOut([.. Enumerable.Range(0, 120).Select(t => t % 7 == 0 ? 12.0 : 0)]));
        // Quiet from day 100 to the end: it may have stopped selling, so it stays in.
        Assert.DoesNotContain(true, LeftOut([.. Enumerable.Range(0, 120).Select(t => t >= 100 || t % 10 == 5 ? 0.0 : 4)]));
        // Quiet for 40 days, then selling again: a lull that long is more likely demand that fell.
        Assert.DoesNotContain(true, LeftOut([.. Enumerable.Range(0, 120).Select(t => t is >= 30 and < 70 || t % 10 == 5 ? 0.0 : 4)]));
    }

    private static int Poisson(Random rng, double mean)
    {
        var (l, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > l);
        return k - 1;
    }
}
