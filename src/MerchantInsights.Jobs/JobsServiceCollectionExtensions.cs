using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Startup;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The persisted job queue and every job handler. The web app adds the worker; the CLI runs jobs inline.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, bool withWorker)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JobNotifier>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<IJobHandler, ImportJobHandler>();
        services.AddSingleton<IJobHandler, UndoJobHandler>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<UploadCleaner>();
        services.AddSingleton<IJobHandler, TrainJobHandler>();
        services.AddSingleton<TrainingService>();
        services.AddSingleton<ITrainingStep, ForecastStep>();
        services.AddSingleton<ITrainingStep, PricingStep>();
        services.AddSingleton<ITrainingStep, RecommendationsStep>();
        services.AddSingleton<Exports.ModelExports>();
        services.AddSingleton<Stock.ReorderService>();
        services.AddSingleton<Stock.StockFileExport>();
        if (!withWorker) return services;
        services.AddHostedService<DatabaseMigrator>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
