using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Pricing;

/// <summary>Reads and saves the unit costs owners enter on the pricing page; pricing training uses them.</summary>
public sealed class CostSettings(IDbContextFactory<SalesDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, decimal>> AllAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CostSettings.AsNoTracking().ToDictionaryAsync(c => c.ProductId, c => c.UnitCost, StringComparer.Ordinal, ct);
    }

    public async Task SaveAsync(string productId, decimal unitCost, CancellationToken ct)
    {
        if (unitCost < 0) throw new ArgumentOutOfRangeException(nameof(unitCost), "A unit cost cannot be negative.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var setting = await db.CostSettings.FindAsync([productId], ct);
        if (setting is null) db.CostSettings.Add(setting = new CostSetting { ProductId = productId });
        setting.UnitCost = Math.Round(unitCost, 2);
        setting.SetAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
