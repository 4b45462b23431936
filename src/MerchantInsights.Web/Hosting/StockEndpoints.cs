using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Stock;
using MerchantInsights.Jobs.Stock;

namespace MerchantInsights.Web.Hosting;

/// <summary>The Stock page's purchase order: the products to order now, as CSV.</summary>
public static class StockEndpoints
{
    public static void MapStockExports(this WebApplication app) =>
        app.MapGet("/exports/purchase-order.csv", (StockSettings settings, ReorderService reorder) =>
            new CsvDownload("purchase-order.csv", async (writer, ct) =>
            {
                var plan = await reorder.PlanAsync(await settings.AllAsync(ct), new ReorderOptions(), ct);
                var names = await settings.NamesAsync(plan.ToOrder.Select(s => s.ProductId).ToList(), ct);
                await ReorderExport.WritePurchaseOrderAsync(writer, plan, names, ct);
            }));
}
