using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Sales;

/// <summary>The names the pages show for product ids (the id itself when the product has no name or is not in the shop).</summary>
public static class ProductNames
{
    /// <summary>The name of each of these products; a product without a name, or unknown, maps to its id. 500 ids a query.</summary>
    public static async Task<Dictionary<string, string>> OfAsync(IDbContextFactory<SalesDbContext> contexts, IEnumerable<string> ids,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var names = wanted.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(500))
            foreach (var p in await db.Products.AsNoTracking().Where(p => chunk.Contains(p.ProductId))
                .Select(p => new { p.ProductId, p.Name }).ToListAsync(ct))
                if (p.Name != "") names[p.ProductId] = p.Name;
        return names;
    }
}
