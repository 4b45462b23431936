using MerchantInsights.Data.Stock;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Stock;

/// <summary>
/// Stock and reorder points: no training of its own (it reads the current forecasts), the `export reorder --stock FILE.csv`
/// contract and the Stock page, whose purchase-order download is its own endpoint.
/// </summary>
public static class StockFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "stock",
        Noun: "reorder points",
        Step: null,
        ModelKinds: [],
        Exports: [new ModelExport("reorder", ReorderExport.Header, "forecasts", WriteAsync,
            Input: new ExportInput("stock", "For reorder: the stock file " + StockCsv.Header), Title: "reorder points")],
        Aliases: [],
        Navigation: new FeatureNavigation("stock", "Stock", "Warehouse", 25));

    private static Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<StockFileExport>().WriteAsync(Path.GetFullPath(request.InputPath!), request.Writer, ct);

    /// <summary>The feature, and the services its export and page use.</summary>
    public static IServiceCollection AddStock(this IServiceCollection services)
    {
        services.AddSingleton<ReorderService>();
        services.AddSingleton<StockFileExport>();
        return services.AddModelFeature(Descriptor);
    }
}
