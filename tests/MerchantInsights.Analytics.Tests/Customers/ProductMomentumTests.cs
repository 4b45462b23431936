using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Analytics.Tests.Customers;

public class ProductMomentumTests
{
    private static readonly DateOnly Cut = new(2024, 6, 30);

    private static CustomerLine Line(string customer, string product, int daysBeforeCut, double quantity = 1, decimal spend = 10) =>
        new(customer, $"{customer}-{daysBeforeCut}", product, Cut.AddDays(-daysBeforeCut), quantity, spend);

    private static ProductMomentum Of(IReadOnlyList<CustomerLine> lines) => ProductMomentum.Of(CustomerHistories.Build(lines, Cut), Cut);

    [Fact]
    public void A_product_selling_at_the_same_rate_now_as_before_has_no_momentum()
    {
        // 3 lines in the last 30 days and 9 in the 90 before: one a day in ten both times; (3 + 1) · 3 / (9 + 3) = 1.
        var lines = Enumerable.Range(0, 3).Select(i => Line("a", "steady", 1 + 10 * i))
            .Concat(Enumerable.Range(0, 9).Select(i => Line("b", "steady", 31 + 10 * i))).ToList();

        Assert.Equal(0, Of(lines).Of("steady"), 12);
    }

    [Fact]
    public void A_product_new_in_the_last_days_rises_and_an_unknown_one_is_flat()
    {
        var momentum = Of([Line("a", "new", 2), Line("b", "new", 5)]);

        Assert.Equal(Math.Log(3), momentum.Of("new"), 12); // (2 + 1) · 3 / (0 + 3)
        Assert.Equal(0, momentum.Of("never sold"), 12);
    }

    [Fact]
    public void Lines_after_the_cut_off_before_the_two_periods_and_returns_are_not_counted()
    {
        var lines = new List<CustomerLine>
        {
            Line("a", "p", -1), Line("a", "p", 121), Line("a", "p", 5, quantity: -1, spend: -10), Line("b", "p", 40),
        };

        Assert.Equal(Math.Log(3.0 / 4), Of(lines).Of("p"), 12); // only the line 40 days before: (0 + 1) · 3 / (1 + 3)
    }

    [Fact]
    public void A_customer_gets_the_spend_weighted_momentum_of_what_they_bought_and_the_share_still_selling()
    {
        var lines = new List<CustomerLine>
        {
            Line("buyer", "rising", 100, spend: 30), Line("other", "rising", 3), Line("other", "rising", 4),
            Line("buyer", "quiet", 60, spend: 10),
        };
        var histories = CustomerHistories.Build(lines, Cut);
        var momentum = ProductMomentum.Of(histories, Cut);

        var (weighted, live) = momentum.Of(histories.Single(c => c.CustomerId == "buyer"));

        // rising: 2 recent, 1 earlier → ln(3 · 3 / 4); quiet: 0 recent, 1 earlier → ln(3 / 4).
        Assert.Equal((30 * Math.Log(9.0 / 4) + 10 * Math.Log(3.0 / 4)) / 40, weighted, 5);
        Assert.Equal(0.75, live, 6);
    }

    [Fact]
    public void A_customer_without_positive_spend_has_no_momentum_and_nothing_still_selling()
    {
        var histories = CustomerHistories.Build([Line("free", "gift", 10, spend: 0)], Cut);

        Assert.Equal((0f, 0f), ProductMomentum.Of(histories, Cut).Of(histories[0]));
    }
}
