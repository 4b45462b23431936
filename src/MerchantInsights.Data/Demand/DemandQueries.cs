using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Demand;

/// <summary>A product's cleaned demand on one day and the price it sold at (null when nothing sold at a real price).</summary>
public readonly record struct CleanDay(DateOnly Day, double Units, decimal? AveragePrice);

/// <summary>What pages read of the cleaned demand: classes, one-offs and a product's cleaned days.</summary>
public sealed class DemandQueries(IDbContextFactory<SalesDbContext> contexts)
{
    public async Task<Dictionary<string, ProductClassRow>> ClassesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProductClasses.AsNoTracking().ToDictionaryAsync(c => c.ProductId, StringComparer.Ordinal, ct);
    }

    public async Task<ProductClassRow?> ClassAsync(string productId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProductClasses.AsNoTracking().FirstOrDefaultAsync(c => c.ProductId == productId, ct);
    }

    public async Task<IReadOnlyList<OneOffRow>> OneOffsAsync(string productId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.OneOffOrders.AsNoTracking().Where(o => o.ProductId == productId).OrderByDescending(o => o.Quantity).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CleanDay>> DaysAsync(string productId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.DemandDays.AsNoTracking().Where(d => d.ProductId == productId).OrderBy(d => d.Day).ToListAsync(ct);
        return rows.Select(d => new CleanDay(d.Day, d.Units, d.PricedUnits > 0 ? Math.Round(d.PricedRevenue / (decimal)d.PricedUnits, 2)
            : null)).ToList();
    }
}
