using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantInsights.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The shop's SQLite database file, its importer, import history and the upload store beside it.</summary>
    public static IServiceCollection AddSalesData(this IServiceCollection services, string databasePath) =>
        services.AddSalesData(new SalesDatabase(databasePath));

    public static IServiceCollection AddSalesData(this IServiceCollection services, SalesDatabase database)
    {
        services.AddSingleton(database);
        services.AddDbContextFactory<SalesDbContext>(database.Configure);
        services.AddSingleton(new UploadStore(database.DataFolder));
        services.AddSingleton<SalesImporter>();
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<Sales.ShopOverview>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Training.TrainingData>();
        services.AddSingleton<Demand.IDemandSource>(sp => sp.GetRequiredService<Training.TrainingData>());
        services.AddSingleton<Models.ModelStore>();
        services.AddSingleton<Pricing.CostSettings>();
        services.AddSingleton<Demand.DemandQueries>();
        services.AddSingleton<Demand.DemandDecisionStore>();
        services.AddSingleton<Stock.StockSettings>();
        services.AddSingleton<Alerts.AlertDismissals>();
        services.AddSingleton<Alerts.AlertBoard>();
        return services;
    }
}
