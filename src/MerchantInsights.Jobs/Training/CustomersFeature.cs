using MerchantInsights.Analytics.Customers;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs.Training;

/// <summary>Customer segments and predicted value: the customers step, the segments export and the Customers page.</summary>
public static class CustomersFeature
{
    public static ModelFeature Descriptor { get; } = new(
        Name: "customers",
        Noun: "customer segments",
        Step: typeof(CustomersStep),
        ModelKinds: [ModelKinds.Customers, ModelKinds.CustomerSegments],
        Exports: [new ModelExport("segments", "customer_id,recency_days,frequency,monetary,segment,p_active,predicted_value_90d",
            "customer segments", WriteAsync)],
        Aliases: ["segments", "customer", "rfm"],
        Navigation: new FeatureNavigation("customers", "Customers", "Groups", 40));

    /// <summary>One row per customer with an order: frequency = orders, monetary = spend so far, value in shop currency.</summary>
    private static Task<int> WriteAsync(IServiceProvider services, ExportRequest request, CancellationToken ct) =>
        services.GetRequiredService<ModelRows>().WriteAsync<CustomerProfile>(request, ModelKinds.Customers, (id, c) =>
            [string.Join(',', CsvText.Field(id), c.RecencyDays, c.Orders, CsvText.Money((double)c.Spend),
                CsvText.Field(SegmentRules.RuleFor(c.Segment).Name),
                CsvText.Number(Math.Round(c.ProbabilityActive, 4)), CsvText.Money((double)c.PredictedValue))], ct);
}
