using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Alerts;

/// <summary>One alert as the pages show it: the flag, the product's name (its id when it has none)
/// and whether the owner dismissed it.</summary>
public sealed record AlertRow(SalesAlert Alert, bool Dismissed, string ProductName);

/// <summary>The current alerts (newest first) with the owner's dismissals applied: what the overview panel, the Alerts page and the product
/// page read.</summary>
public sealed class AlertBoard(ModelStore models, AlertDismissals dismissals, IDbContextFactory<SalesDbContext> contexts)
{
    /// <summary>Every alert of the current scan, or null when alerts were never trained.</summary>
    public Task<(IReadOnlyList<AlertRow> Rows, AlertsSummary Summary, DateTime TrainedAt)?> CurrentAsync(CancellationToken ct) =>
        LoadAsync(null, ct);

    /// <summary>One product's alerts (for its sales chart), dismissed ones included.</summary>
    public async Task<IReadOnlyList<AlertRow>> ForProductAsync(string productId, CancellationToken ct) =>
        await LoadAsync(productId, ct) is { } current ? current.Rows : [];

    /// <summary>The current scan's alerts (of one product, or all when <paramref name="productId"/> is null), newest first, with
    /// dismissals and product names.</summary>
    private async Task<(IReadOnlyList<AlertRow> Rows, AlertsSummary Summary, DateTime TrainedAt)?> LoadAsync(string? productId,
        CancellationToken ct)
    {
        var model = await models.CurrentAsync<AlertsSummary>(ModelKinds.Alerts, ct);
        if (model is null) return null;
        var dismissed = await dismissals.KeysAsync(ct);
        var ordered = await models.ViewAsync(model, "newest first", async c =>
            (await models.AllItemsAsync<SalesAlert>(model.Id, c)).Values
                .OrderByDescending(a => a.To).ThenByDescending(a => a.Severity).ThenBy(a => a.ProductId, StringComparer.Ordinal).ToList(),
                    ct);
        var rows = productId is null ? ordered : ordered.Where(a => a.ProductId == productId).ToList();
        var names = await Sales.ProductNames.OfAsync(contexts, rows.Select(a => a.ProductId).Where(id => id != ""), ct);
        return (rows.Select(a => new AlertRow(a, dismissed.Contains(a.Key), names.GetValueOrDefault(a.ProductId, a.ProductId))).ToList(),
            model.Summary, model.TrainedAt);
    }
}
