using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Training;

/// <summary>Alerts on sales and orders: the alerts step, the anomalies export and the Alerts page.</summary>
public static class AlertsFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "alerts",
        Noun: "alerts",
        Step: typeof(AlertsStep),
        ModelKinds: [ModelKinds.Alerts],
        Exports: [new ModelExport("anomalies", "date,product_id,order_id,kind,value,expected,reason", "alerts", WriteAsync)],
        Aliases: ["alert", "anomalies"],
        Navigation: new FeatureNavigation("alerts", "Alerts", "NotificationsActive", 35));

    private static Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<SalesAlert>(request, ModelKinds.Alerts, (_, a) =>
            [string.Join(',', CsvText.Day(a.From), CsvText.Field(a.ProductId), CsvText.Field(a.OrderId), AlertKinds.Name(a.Kind),
                CsvText.Number(a.Value), CsvText.Number(a.Expected), CsvText.Field(a.Reason))], ct);
}
