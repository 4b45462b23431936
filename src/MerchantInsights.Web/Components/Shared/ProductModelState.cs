using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;

namespace MerchantInsights.Web.Components.Shared;

/// <summary>
/// What every per-product model page shares: the current model of one kind, one table row per product it covers, the
/// chosen product and its stored item. A feature's page state says how a row is built and what choosing a product
/// computes; loading, choosing, reloading after training and the cleaned history live here once.
/// </summary>
public abstract class ProductModelState<TSummary, TItem,
    TRow>(ModelStore models, ShopOverview overview, DemandQueries demand, string modelKind)
    where TItem : class where TRow : class, Data.Sales.IProductRow
{
    private IReadOnlyDictionary<string, TItem> _items = new Dictionary<string, TItem>(StringComparer.Ordinal);

    public CurrentModel<TSummary>? Model { get; private set; }
    public List<TRow> Rows { get; private set; } = [];
    public TRow? Selected { get; private set; }

    /// <summary>The chosen product's stored model item (its forecast, its price response).</summary>
    public TItem? Item { get; private set; }

    protected ShopOverview Overview => overview;

    protected ModelStore Models => models;

    public async Task LoadAsync(CancellationToken ct)
    {
        Model = await models.CurrentAsync<TSummary>(modelKind, ct);
        if (Model is null) return;
        _items = await models.SharedItemsAsync<TSummary, TItem>(Model, ct);
        var products = (await overview.ProductsAsync(null, ct)).ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        Rows = await BuildRowsAsync(Model, _items.Values, products, ct);
    }

    /// <summary>Chooses the product (the first row when it is unknown) and computes what the page shows of it.</summary>
    public async Task SelectAsync(string? productId, CancellationToken ct)
    {
        Selected = Rows.FirstOrDefault(r => r.ProductId == productId) ?? Rows.FirstOrDefault();
        if (Selected is null || !_items.TryGetValue(Selected.ProductId, out var item)) return;
        Item = item;
        await ShowAsync(Selected, item, ct);
    }

    /// <summary>The page opening on <paramref name="productId"/> (from the address).</summary>
    public async Task OpenAsync(string? productId, CancellationToken ct)
    {
        await LoadAsync(ct);
        await SelectAsync(productId, ct);
    }

    /// <summary>After training: the new model, staying on the product the owner was looking at.</summary>
    public Task ReloadAsync(string? productId, CancellationToken ct) => OpenAsync(Selected?.ProductId ?? productId, ct);

    /// <summary>The rows of the table, the product that matters most to the owner first (revenue in the last 90 days).</summary>
    protected abstract Task<List<TRow>> BuildRowsAsync(CurrentModel<TSummary> model, IEnumerable<TItem> items,
        IReadOnlyDictionary<string, ProductTotal> products, CancellationToken ct);

    protected abstract Task ShowAsync(TRow row, TItem item, CancellationToken ct);

    /// <summary>The demand the models learned from (cancellations netted, free lines out, one-offs capped), as chart days.</summary>
    protected async Task<IReadOnlyList<ProductDay>> LearnedDaysAsync(string productId, CancellationToken ct) =>
        (await demand.DaysAsync(productId, ct)).Select(d => new ProductDay(d.Day, d.Units, 0, 0, d.AveragePrice)).ToList();
}
