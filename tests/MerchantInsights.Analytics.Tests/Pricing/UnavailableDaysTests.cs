using MerchantInsights.Analytics.Pricing;

namespace MerchantInsights.Analytics.Tests.Pricing;

public sealed class UnavailableDaysTests
{
    private static readonly PricingOptions Options = new();

    // 20% off for a week every eight weeks; ε = −1.5 at 3 units a day.
    private static double Price(int t) => t % 56 is >= 28 and < 35 ? 8 : 10;

    [Fact]
    public void Two_weeks_out_of_stock_in_the_middle_of_the_regular_price_are_left_out_instead_of_read_as_weak_demand()
    {
        // Kept in, the regular price looks a fifth less popular than it is and the discount's lift grows by as much.
        var (fits, kept) = Measure(t => t % 56 is >= 7 and < 21 ? 0 : 1);
        Assert.InRange(fits.Average(f => f.Measured!.Value.Estimate), -1.5 - 0.2, -1.5 + 0.2);
        Assert.True(kept.Average() < -2.2, $"kept in, the stock-outs read as {kept.Average():0.00}");
        Assert.All(fits, f => Assert.InRange(f.UnavailableDaysLeftOut, 13 * 14, 13 * 14 + 8));
    }

    [Fact]
    public void Two_weeks_out_of_stock_just_before_each_discount_are_not_read_as_the_discount_selling_nothing()
    {
        // The price changes somewhere in the unsold run: the run is likelier at the discount price if its response were
        // positive, so kept in, the fit settles there; judged at both prices, no sale for two weeks is a stock-out either way.
        static double Stock(int t) => t % 56 is >= 14 and < 28 ? 0 : 1;
        var (fits, kept) = Measure(Stock);
        Assert.InRange(fits.Average(f => f.Measured!.Value.Estimate), -1.5 - 0.2, -1.5 + 0.2);
        Assert.True(kept.Average() > 0, $"kept in, the stock-outs read as {kept.Average():0.00}");
        // In a shop (other products keep the shop's days open), the page says so.
        var shop = Enumerable.Range(0, 10).Select(i => ShopShockDemand.Product($"F{i}", "Tea", -1.5, 6, seed: i, _ => 1, _ => 10))
            .Append(ShopShockDemand.Product("X", "Tea", -1.5, 3, seed: 31, _ => 1, Price, Stock)).ToList();
        var x = PricingEngine.Train(shop, Options).Single(p => p.ProductId == "X").Elasticity;
        Assert.Matches(@"\b1[89]\d days without a sale, in runs far longer than its usual demand allows", x.Explanation);
    }

    /// <summary>A 3-a-day seller with ε = −1.5 whose stock runs out as <paramref name="stock"/> says (0: none to sell), sixteen
    /// draws: the fits, and the estimates with the unsold runs kept in.</summary>
    private static (List<ProductFit> Fits, List<double> Kept) Measure(Func<int, double> stock)
    {
        var products = Enumerable.Range(31, 16).Select(seed => ShopShockDemand.Product("X", "Tea", -1.5, 3, seed, _ => 1, Price, stock)).ToList();
        return ([.. products.Select(p => ProductFit.Measure(p, Options)!)],
            [.. products.Select(p => ProductFit.Measure(p, Options with { LeaveOutUnavailableDays = false })!.Measured!.Value.Estimate)]);
    }

    [Fact]
    public void A_stock_out_that_ended_last_week_does_not_pull_todays_level_down()
    {
        // 3 a day at the regular price; days 14 to 7 before the end (inside the 28 that set the level) sold nothing.
        var product = ShopShockDemand.Product("Z", "Tea", -1.5, 3, seed: 33, _ => 1, Price,
            t => t >= ShopShockDemand.Days - 21 && t < ShopShockDemand.Days - 7 ? 0 : 1);
        var fit = ProductFit.Measure(product, Options)!;
        var kept = ProductFit.Measure(product, Options with { LeaveOutUnavailableDays = false })!;
        Assert.InRange(fit.UnavailableDaysLeftOut, 14, 16);
        Assert.InRange(fit.UnitsAtCurrentPrice(), 3 * 0.8, 3 * 1.2);
        Assert.True(kept.UnitsAtCurrentPrice() < fit.UnitsAtCurrentPrice() - 0.2,
            $"kept in {kept.UnitsAtCurrentPrice():0.00} a day, left out {fit.UnitsAtCurrentPrice():0.00}");
    }

    [Fact]
    public void A_run_without_sales_that_is_still_going_is_not_taken_for_a_stock_out()
    {
        // Nothing sold in the last five weeks: it may be out of stock or no longer wanted; until it sells again the page
        // must not assume it is back in stock.
        var product = ShopShockDemand.Product("W", "Tea", -1.5, 3, seed: 34, _ => 1, Price, t => t >= ShopShockDemand.Days - 35 ? 0 : 1);
        var fit = ProductFit.Measure(product, Options)!;
        Assert.Equal(0, fit.UnavailableDaysLeftOut);
        Assert.True(fit.UnitsAtCurrentPrice() < 3 * 0.8, $"today's level {fit.UnitsAtCurrentPrice():0.00} a day");
    }

    [Fact]
    public void A_slow_sellers_ordinary_quiet_days_stay_in()
    {
        // Half a unit a day: runs of a week without a sale happen by chance (e^−3.5 ≈ 3%) and are demand, not a stock-out.
        var product = ShopShockDemand.Product("Y", "Tea", -1.5, 0.5, seed: 32, _ => 1, Price);
        var fit = ProductFit.Measure(product, Options)!;
        Assert.Equal(0, fit.UnavailableDaysLeftOut);
    }

    [Fact]
    public void Over_dispersed_demand_needs_a_longer_run_than_Poisson_demand()
    {
        // Nine expected units over the run: Poisson says e^−9 ≈ 1.2e−4 (kept), with φ = 3 no sale has chance 3^(−4.5) ≈ 0.7%.
        var design = Design(units: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
        var expected = Enumerable.Repeat(1.0, 11).ToArray();
        Assert.Empty(UnavailableDays.Runs(design, expected, dispersion: 3));
        Assert.Empty(UnavailableDays.Runs(design, expected, dispersion: 1));
        var longer = Design(units: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
        var run = Assert.Single(UnavailableDays.Runs(longer, Enumerable.Repeat(1.0, 12).ToArray(), dispersion: 1));
        Assert.Equal(Enumerable.Range(1, 10), run);
        Assert.Empty(UnavailableDays.Runs(longer, Enumerable.Repeat(1.0, 12).ToArray(), dispersion: 3));
    }

    private static DemandDesign Design(double[] units) =>
        new([.. units.Select(_ => new[] { 1.0 })], units, [.. units.Select(_ => 10.0)], null, 10, false, 0, new bool[units.Length])
        {
            Weights = [.. units.Select(_ => 1.0)],
            Day = [.. Enumerable.Range(0, units.Length)],
        };
}
