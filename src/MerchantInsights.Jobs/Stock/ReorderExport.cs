using MerchantInsights.Analytics.Stock;
using MerchantInsights.Jobs.Exports;

namespace MerchantInsights.Jobs.Stock;

/// <summary>
/// The reorder CSVs: the CLI contract's `export reorder` (minimum orders, exact header) and the purchase order the
/// Stock page downloads (only the lines to order, with names, pack sizes and cost).
/// </summary>
public static class ReorderExport
{
    public const string Header = "product_id,on_hand,daily_demand,days_of_cover,stockout_date,reorder_point,order_qty";
    public const string PurchaseOrderHeader = "product_id,product_name,order_qty,order_multiple,unit_cost,line_cost,stockout_date";

    public static async Task<int> WriteAsync(TextWriter writer, IEnumerable<ReorderSuggestion> suggestions, CancellationToken ct)
    {
        await writer.WriteLineAsync(Header.AsMemory(), ct);
        var rows = 0;
        foreach (var s in suggestions)
        {
            var stockout = s.StockoutDate is { } d ? CsvText.Day(d) : "";
            await writer.WriteLineAsync(string.Join(',', CsvText.Field(s.ProductId), s.OnHand, CsvText.Number(s.DailyDemand),
                CsvText.Number(s.DaysOfCover),
                stockout, s.ReorderPoint, s.OrderQuantity).AsMemory(), ct);
            rows++;
        }
        return rows;
    }

    public static async Task<int> WritePurchaseOrderAsync(TextWriter writer, ReorderPlan plan, IReadOnlyDictionary<string, string> names,
        CancellationToken ct)
    {
        await writer.WriteLineAsync(PurchaseOrderHeader.AsMemory(), ct);
        foreach (var s in plan.ToOrder)
        {
            var cost = s.UnitCost is { } c ? CsvText.Money((double)c) : "";
            var line = s.CashTiedUp is { } l ? CsvText.Money((double)l) : "";
            var stockout = s.StockoutDate is { } d ? CsvText.Day(d) : "";
            await writer.WriteLineAsync(string.Join(',', CsvText.Field(s.ProductId),
                CsvText.Field(names.GetValueOrDefault(s.ProductId, "")), s.OrderQuantity,
                s.OrderMultiple, cost, line, stockout).AsMemory(), ct);
        }
        return plan.ToOrder.Count;
    }
}
