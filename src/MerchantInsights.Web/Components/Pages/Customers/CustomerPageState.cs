using System.Text.Json;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;

namespace MerchantInsights.Web.Components.Pages.Customers;

/// <summary>One customer's page: their profile (segment, chance to order again, predicted spend and range), what they bought, and their top
/// picks.</summary>
public sealed class CustomerPageState(ModelStore models, ShopOverview overview)
{
    public const int PicksShown = 5;

    public CustomerProfile? Profile { get; private set; }
    public int Horizon { get; private set; } = 90;
    public IReadOnlyList<CustomerPurchase> History { get; private set; } = [];
    public IReadOnlyList<(CustomerPick Pick, string Name)> Picks { get; private set; } = [];
    public bool RecommendationsTrained { get; private set; }

    public async Task LoadAsync(string customerId, CancellationToken ct)
    {
        var model = await models.CurrentAsync<JsonElement>(ModelKinds.Customers, ct);
        Profile = model is null ? null : await models.ItemAsync<CustomerProfile>(model.Id, customerId, ct);
        if (model is not null && model.Summary.TryGetProperty("Horizon", out var horizon)) Horizon = horizon.GetInt32();
        History = await overview.CustomerHistoryAsync(customerId, ct);
        var recommendations = await models.CurrentAsync<JsonElement>(ModelKinds.Recommendations, ct);
        RecommendationsTrained = recommendations is not null;
        var picks = recommendations is null ? [] : await models.ItemAsync<List<CustomerPick>>(recommendations.Id, customerId, ct) ?? [];
        var named = new List<(CustomerPick, string)>();
        foreach (var pick in picks.OrderBy(p => p.Rank).Take(PicksShown))
            named.Add((pick, (await overview.ProductAsync(pick.ProductId, ct))?.Name ?? pick.ProductId));
        Picks = named;
    }
}
