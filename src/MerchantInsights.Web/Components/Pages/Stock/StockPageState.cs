using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Stock;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Stock;
using Plotly.Blazor;

namespace MerchantInsights.Web.Components.Pages.Stock;

/// <summary>
/// The Stock page: the stock the owner entered, the reorder plan from the current forecasts, one product's projected
/// stock, and uploads of stock files (checked whole before anything is saved).
/// </summary>
public sealed class StockPageState(StockSettings settings, ReorderService reorder)
{
    /// <summary>Days of projected stock in the chart.</summary>
    public const int ChartDays = 56;

    public bool Trained { get; private set; } = true;
    public ReorderPlan? Plan { get; private set; }
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Categories { get; private set; } = [];
    public ReorderSuggestion? Selected { get; private set; }
    public string SelectedName => Selected is null ? "" : Names.GetValueOrDefault(Selected.ProductId, Selected.ProductId);
    public IList<ITrace> Chart { get; private set; } = [];
    public string? UploadMessage { get; private set; }
    public bool UploadFailed { get; private set; }

    public async Task LoadAsync(CancellationToken ct)
    {
        var positions = await settings.AllAsync(ct);
        var products = await settings.CategoriesAsync(ct);
        Categories = products.Values.Where(c => c != "").Distinct().Order(StringComparer.Ordinal).ToList();
        try
        {
            Plan = await reorder.PlanAsync(positions, new ReorderOptions(), ct);
            Trained = true;
        }
        catch (ModelNotTrainedException)
        {
            (Plan, Trained) = (null, false);
        }
        Names = await settings.NamesAsync(Plan?.Suggestions.Select(s => s.ProductId).ToList() ?? [], ct);
    }

    public async Task SelectAsync(string? productId, CancellationToken ct)
    {
        var suggestion = Plan?.Suggestions.FirstOrDefault(s => s.ProductId == productId) ?? Plan?.ToOrder.FirstOrDefault()
            ?? Plan?.Suggestions.FirstOrDefault();
        if (suggestion is null) return;
        var position = new StockPosition(suggestion.ProductId, suggestion.OnHand, suggestion.LeadTimeDays, suggestion.OrderMultiple,
            suggestion.UnitCost);
        var (current, projection, _) = await reorder.ProjectAsync(position, new ReorderOptions(), ChartDays, ct);
        Selected = current;
        Chart = StockCharts.Projection(projection, current);
    }

    /// <summary>Reads a stock file whole and saves it; on any problem nothing is saved and the message says where and why.</summary>
    public async Task<bool> UploadAsync(Stream file, string fileName, CancellationToken ct)
    {
        try
        {
            using var text = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            var rows = StockCsv.Read(text, fileName, await settings.CategoriesAsync(ct), await settings.DefaultsAsync(ct));
            await settings.SaveAsync(rows, ct);
            (UploadMessage, UploadFailed) = ($"Saved the stock of {rows.Count:N0} products from {fileName}.", false);
        }
        catch (CsvImportException e)
        {
            (UploadMessage, UploadFailed) = ($"Nothing was saved. {e.Message}", true);
        }
        await LoadAsync(ct);
        return !UploadFailed;
    }

    public async Task SaveAsync(StockPosition position, CancellationToken ct)
    {
        await settings.SaveAsync([position], ct);
        await LoadAsync(ct);
        await SelectAsync(position.ProductId, ct);
    }
}
