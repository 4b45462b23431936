using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Stock;

namespace MerchantInsights.Jobs.Stock;

/// <summary>
/// `export reorder --stock FILE.csv`: the stock file read and checked whole (<see cref="StockCsv"/>), then one row per
/// product of the file, in its order, at the default 95% service level. Nothing is saved: the export only reads.
/// </summary>
public sealed class StockFileExport(StockSettings settings, ReorderService reorder)
{
    public async Task<int> WriteAsync(string stockPath, TextWriter writer, CancellationToken ct)
    {
        var positions = await ReadAsync(stockPath, ct);
        var plan = await reorder.PlanAsync(positions, new ReorderOptions(), ct);
        return await ReorderExport.WriteAsync(writer, plan.Suggestions, ct);
    }

    /// <summary>A stock file checked against the shop's products and category defaults; throws <see cref="CsvImportException"/>.</summary>
    public async Task<IReadOnlyList<StockPosition>> ReadAsync(string stockPath, CancellationToken ct)
    {
        var name = Path.GetFileName(stockPath);
        if (!File.Exists(stockPath)) throw new CsvImportException(name, $"was not found at {stockPath}.");
        var categories = await settings.CategoriesAsync(ct);
        var defaults = await settings.DefaultsAsync(ct);
        using var text = new StreamReader(stockPath, detectEncodingFromByteOrderMarks: true);
        return StockCsv.Read(text, name, categories, defaults);
    }
}
