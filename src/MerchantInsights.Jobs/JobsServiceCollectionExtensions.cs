using MerchantInsights.Jobs.Features;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Startup;
using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddSingleton<ModelRows>();
        services.AddSingleton<Exports.ModelExports>();
        services.TryAddSingleton<ModelFeatures>();
        // One line per model feature; its descriptor beside its step says the rest (docs/decisions/0008).
        services.AddModelFeature(ForecastFeature.Descriptor);
        services.AddModelFeature(PricingFeature.Descriptor);
        services.AddModelFeature(RecommendationsFeature.Descriptor);
        services.AddModelFeature(CustomersFeature.Descriptor);
        services.AddSingleton<Campaigns.CampaignLists>();
        if (!withWorker) return services;
        services.AddHostedService<DatabaseMigrator>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
