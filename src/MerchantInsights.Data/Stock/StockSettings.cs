using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Stock;

/// <summary>
/// The stock the owner enters per product (table or upload) and the lead-time defaults per category. A save with no
/// stock on hand also records the day as a stock-out, which cleaned demand reads (a stock-out is not zero demand).
/// </summary>
public sealed class StockSettings(IDbContextFactory<SalesDbContext> contexts, TimeProvider clock)
{
    /// <summary>Every product of the shop and its category (an upload may only name these).</summary>
    public async Task<Dictionary<string, string>> CategoriesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Products.AsNoTracking().ToDictionaryAsync(p => p.ProductId, p => p.Category, StringComparer.Ordinal, ct);
    }

    /// <summary>The names of these products (id when unnamed).</summary>
    public Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Sales.ProductNames.OfAsync(contexts, ids, ct);

    public async Task<StockDefaults> DefaultsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.CategoryStockDefaults.AsNoTracking().ToListAsync(ct);
        return new StockDefaults(rows.ToDictionary(r => r.Category, r => (r.LeadTimeDays, r.OrderMultiple), StringComparer.Ordinal));
    }

    public async Task SaveDefaultAsync(string category, int leadTimeDays, int orderMultiple, CancellationToken ct)
    {
        Check(new StockPosition(category, 0, leadTimeDays, orderMultiple, null));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.CategoryStockDefaults.FindAsync([category], ct);
        if (row is null) db.CategoryStockDefaults.Add(row = new CategoryStockDefault { Category = category });
        (row.LeadTimeDays, row.OrderMultiple) = (leadTimeDays, orderMultiple);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The stock entered so far, every product that has some.</summary>
    public async Task<IReadOnlyList<StockPosition>> AllAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StockSettings.AsNoTracking().OrderBy(s => s.ProductId)
            .Select(s => new StockPosition(s.ProductId, s.OnHand, s.LeadTimeDays, s.OrderMultiple, s.UnitCost)).ToListAsync(ct);
    }

    /// <summary>One page of the table, products in id order, optionally those whose id or name contains a text.</summary>
    public async Task<(IReadOnlyList<StockRow> Rows, int Total)> PageAsync(int skip, int take, string? search, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) products = products.Where(p => p.ProductId.Contains(search) || p.Name.Contains(search));
        var total = await products.CountAsync(ct);
        var page = await (from p in products
                          join s in db.StockSettings on p.ProductId equals s.ProductId into entered
                          from s in entered.DefaultIfEmpty()
                          orderby p.ProductId
                          select new { p.ProductId, p.Name, p.Category, Stock = s }).Skip(skip).Take(take).ToListAsync(ct);
        var defaults = await DefaultsAsync(ct);
        var rows = page.Select(r =>
        {
            if (r.Stock is { } s) return new StockRow(r.ProductId, r.Name, r.Category, s.OnHand, s.LeadTimeDays, s.OrderMultiple,
                s.UnitCost, s.EnteredAt);
            var (lead, multiple) = defaults.For(r.Category);
            return new StockRow(r.ProductId, r.Name, r.Category, null, lead, multiple, null, null);
        }).ToList();
        return (rows, total);
    }

    /// <summary>Saves these products' stock in one transaction (all or none), entered now.</summary>
    public async Task SaveAsync(IReadOnlyList<StockPosition> positions, CancellationToken ct)
    {
        foreach (var p in positions) Check(p);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = positions.Select(p => p.ProductId).ToList();
        var existing = new Dictionary<string, StockSetting>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
            foreach (var s in await db.StockSettings.Where(s => chunk.Contains(s.ProductId)).ToListAsync(ct)) existing[s.ProductId] = s;
        var outs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
            outs.UnionWith(await db.StockOuts.Where(o => o.Day == today && chunk.Contains(o.ProductId)).Select(o => o.ProductId)
                .ToListAsync(ct));
        foreach (var p in positions)
        {
            if (!existing.TryGetValue(p.ProductId, out var s)) db.StockSettings.Add(s = new StockSetting { ProductId = p.ProductId });
            (s.OnHand, s.LeadTimeDays, s.OrderMultiple, s.UnitCost, s.EnteredAt) = (p.OnHand, p.LeadTimeDays, p.OrderMultiple, p.UnitCost,
                now);
            if (p.OnHand == 0 && outs.Add(p.ProductId)) db.StockOuts.Add(new StockOut { ProductId = p.ProductId, Day = today });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The days the owner recorded no stock, per product.</summary>
    public async Task<Dictionary<string, List<DateOnly>>> StockOutsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.StockOuts.AsNoTracking().ToListAsync(ct);
        return rows.GroupBy(r => r.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Day).Order().ToList(), StringComparer.Ordinal);
    }

    private static void Check(StockPosition p)
    {
        if (p.OnHand < 0) throw new ArgumentOutOfRangeException(nameof(p), $"{p.ProductId}: stock on hand cannot be negative.");
        if (p.LeadTimeDays is < 0 or > ReorderOptions.MaxLeadTimeDays)
            throw new ArgumentOutOfRangeException(nameof(p),
                $"{p.ProductId}: the lead time must be 0 to {ReorderOptions.MaxLeadTimeDays} days.");
        if (p.OrderMultiple < 1) throw new ArgumentOutOfRangeException(nameof(p), $"{p.ProductId}: the order multiple must be at least 1.");
        if (p.UnitCost < 0) throw new ArgumentOutOfRangeException(nameof(p), $"{p.ProductId}: a unit cost cannot be negative.");
    }
}
