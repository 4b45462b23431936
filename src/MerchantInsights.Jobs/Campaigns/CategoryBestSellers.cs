using MerchantInsights.Data.Sales;

namespace MerchantInsights.Jobs.Campaigns;

/// <summary>
/// Suggestions before recommendations are trained: the best sellers (merchandise, most recent revenue first) of the
/// category the customer bought most often, then of the whole shop, leaving out what the customer already bought.
/// </summary>
internal sealed class CategoryBestSellers(IReadOnlyList<ProductTotal> products, ShopOverview overview)
{
    public const string Source = "category best-sellers";

    public static async Task<CategoryBestSellers> LoadAsync(ShopOverview overview, CancellationToken ct) =>
        new((await overview.ProductsAsync(null, ct)).Where(p => p.IsMerchandise).ToList(), overview);

    public async Task<List<(string ProductId, string Source)>> ForAsync(string customerId, int count, CancellationToken ct)
    {
        var history = await overview.CustomerHistoryAsync(customerId, ct);
        var bought = history.Select(h => h.ProductId).ToHashSet(StringComparer.Ordinal);
        var category = products.Where(p => bought.Contains(p.ProductId) && p.Category.Length > 0)
            .GroupBy(p => p.Category, StringComparer.Ordinal).MaxBy(g => g.Count())?.Key;
        return products.Where(p => !bought.Contains(p.ProductId)).OrderByDescending(p => category is not null && p.Category == category)
            .Take(count).Select(p => (p.ProductId, Source)).ToList();
    }
}
