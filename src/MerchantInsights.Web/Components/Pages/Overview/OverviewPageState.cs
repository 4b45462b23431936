using MerchantInsights.Data.Alerts;
using MerchantInsights.Data.Sales;
using MerchantInsights.Data.Storage;

namespace MerchantInsights.Web.Components.Pages.Overview;

/// <summary>What the overview shows: the shop's figures and charts (precomputed at import) and the open alerts.</summary>
public sealed class OverviewPageState(ShopOverview overview, SalesDatabase database, AlertBoard alerts)
{
    public OverviewModel? Model { get; private set; }
    public IReadOnlyList<AlertRow>? Alerts { get; private set; }

    public async Task LoadAsync(CancellationToken ct)
    {
        var stats = await SalesStatistics.ReadAsync(database, ct);
        Model = OverviewModel.Build(stats, await overview.DailyTotalsAsync(ct), await overview.TopSellersAsync(20, ct))
            with
            {
                NotMerchandiseRevenue = await overview.NotMerchandiseRevenueAsync(ct),
                NotMerchandiseProducts = await overview.NotMerchandiseCountAsync(ct),
            };
        Alerts = (await alerts.CurrentAsync(ct))?.Rows;
    }
}
