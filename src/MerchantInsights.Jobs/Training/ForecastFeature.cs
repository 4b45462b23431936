using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Training;

/// <summary>Daily demand forecasts per product: the forecast step, the forecasts export and the Forecasts page.</summary>
public static class ForecastFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "forecast",
        Noun: "forecasts",
        Step: typeof(ForecastStep),
        ModelKinds: [ModelKinds.Forecast],
        Exports: [new ModelExport("forecasts", "product_id,date,forecast,lower,upper", "forecasts", WriteAsync)],
        Aliases: ["forecasts", "forecasting"],
        Navigation: new FeatureNavigation("forecast", "Forecasts", "Timeline", 10));

    private static Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<DemandForecast>(request, ModelKinds.Forecast,
            (id, f) => f.Point.Select((point, i) =>
            $"{CsvText.Field(id)},{CsvText.Day(f.FirstForecastDay.AddDays(i))},{CsvText.Number(point)}," +
                $"{CsvText.Number(f.Lower80[i])},{CsvText.Number(f.Upper80[i])}"), ct);
}
