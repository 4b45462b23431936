using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Alerts;

/// <summary>Remembers which alerts the owner dismissed (and un-dismissed).</summary>
public sealed class AlertDismissals(IDbContextFactory<SalesDbContext> contexts, TimeProvider clock)
{
    public async Task DismissAsync(string key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("An alert key is needed to dismiss an alert.", nameof(key));
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.AlertDismissals.AnyAsync(d => d.Key == key, ct)) return;
        db.AlertDismissals.Add(new AlertDismissal { Key = key, DismissedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }

    public async Task RestoreAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.AlertDismissals.Where(d => d.Key == key).ExecuteDeleteAsync(ct);
    }

    public async Task<HashSet<string>> KeysAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.AlertDismissals.AsNoTracking().Select(d => d.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }
}
