using System.Text.RegularExpressions;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Training;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Recommendations;

/// <summary>The recommendations page: bought-together partners of a product, and one customer's history beside their picks.</summary>
public sealed class RecommendationsPageState(ModelStore models, ShopOverview overview)
{
    /// <summary>Picks shown beside a customer's history (the evaluation scored as many).</summary>
    public const int PicksShown = RecommendationOptions.EvaluatedPicks;

    private Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private Dictionary<string, decimal> _recentRevenue = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, List<TogetherPair>> _pairs = new Dictionary<string, List<TogetherPair>>(StringComparer.Ordinal);

    public CurrentModel<TogetherSummary>? Together { get; private set; }
    public CurrentModel<RecommendationSummary>? Picks { get; private set; }
    public List<PartnerProduct> ProductsWithPartners { get; private set; } = [];
    public IReadOnlyList<string> Customers { get; private set; } = [];
    public PartnerProduct? Product { get; private set; }
    public IReadOnlyList<TogetherPair> Partners { get; private set; } = [];
    public string? Customer { get; private set; }
    public IReadOnlyList<CustomerPurchase> History { get; private set; } = [];
    public IReadOnlyList<CustomerPick> CustomerPicks { get; private set; } = [];

    /// <summary>Built when the product or the model changes, not on every render: ChartCard redraws when handed new traces.</summary>
    public IList<ITrace> LiftChart { get; private set; } = [];

    public IList<ITrace> EvaluationChart { get; private set; } = [];

    public string Name(string productId) => _names.GetValueOrDefault(productId) ?? productId;

    public async Task LoadAsync(CancellationToken ct)
    {
        var products = await overview.ProductsAsync(null, ct);
        _names = products.ToDictionary(p => p.ProductId, p => p.Name, StringComparer.Ordinal);
        _recentRevenue = products.ToDictionary(p => p.ProductId, p => p.RecentRevenue, StringComparer.Ordinal);
        Together = await models.CurrentAsync<TogetherSummary>(ModelKinds.Together, ct);
        Picks = await models.CurrentAsync<RecommendationSummary>(ModelKinds.Recommendations, ct);
        var pairs = Together is null ? new Dictionary<string, List<TogetherPair>>(StringComparer.Ordinal)
            : await models.SharedItemsAsync<TogetherSummary, List<TogetherPair>>(Together, ct);
        _pairs = pairs;
        ProductsWithPartners = pairs.Keys.Select(id => new PartnerProduct(id, Name(id))).OrderBy(p => p.Name).ToList();
        Customers = Picks is null ? [] : await models.ViewAsync(Picks, "keys", c => models.KeysAsync(Picks.Id, c), ct);
        EvaluationChart = Picks is null ? [] : RecommendationCharts.Evaluation(Picks.Summary.Evaluations);
    }

    public void SelectProduct(string? productId)
    {
        Product = ProductsWithPartners.FirstOrDefault(p => p.ProductId == productId)
            ?? ProductsWithPartners.MaxBy(p => (_recentRevenue.GetValueOrDefault(p.ProductId),
                _pairs[p.ProductId].Max(x => x.SupportOrders)));
        Partners = Product is null ? [] : _pairs[Product.ProductId];
        LiftChart = RecommendationCharts.Lift(Partners, Name);
    }

    public async Task SelectCustomerAsync(string? customerId, CancellationToken ct)
    {
        Customer = customerId is not null && Customers.Contains(customerId) ? customerId : Customers.FirstOrDefault();
        if (Customer is null || Picks is null) return;
        History = await overview.CustomerHistoryAsync(Customer, ct);
        CustomerPicks = (await models.ItemAsync<List<CustomerPick>>(Picks.Id, Customer, ct) ?? []).Where(p => p.Rank <= PicksShown)
            .ToList();
    }

    /// <summary>The engine explains picks with product ids; the owner knows products by name.</summary>
    public string Readable(string reason)
    {
        foreach (var id in CustomerPicks.Select(p => p.ProductId).Concat(History.Select(h => h.ProductId)).Distinct())
            reason = Regex.Replace(reason, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])", Name(id).Replace("$", "$$"));
        return reason;
    }
}
