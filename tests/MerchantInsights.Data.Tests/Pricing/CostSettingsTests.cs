using MerchantInsights.Data.Pricing;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Pricing;

public sealed class CostSettingsTests : ShopTests
{
    private CostSettings Costs => new(Shop.Contexts, TimeProvider.System);

    [Fact]
    public async Task An_entered_cost_is_saved_rounded_to_cents_and_replaced_when_entered_again()
    {
        await Costs.SaveAsync("SKU-1", 4.456m, CancellationToken.None);
        Assert.Equal(4.46m, (await Costs.AllAsync(CancellationToken.None))["SKU-1"]);
        await Costs.SaveAsync("SKU-1", 5m, CancellationToken.None);
        var all = await Costs.AllAsync(CancellationToken.None);
        Assert.Equal(5m, all["SKU-1"]);
        Assert.Single(all);
    }

    [Fact]
    public async Task A_negative_cost_is_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Costs.SaveAsync("SKU-1", -1m, CancellationToken.None));
}
