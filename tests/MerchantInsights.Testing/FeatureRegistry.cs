using MerchantInsights.Jobs;
using MerchantInsights.Jobs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Testing;

/// <summary>The registry of model features as the CLI and the web app build it, so tests derive lists instead of spelling them.</summary>
public static class FeatureRegistry
{
    /// <summary>The built-in features (<c>AddJobs</c>), then <paramref name="extra"/> registrations.</summary>
    public static ModelFeatures Build(Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection().AddJobs(withWorker: false);
        extra?.Invoke(services);
        return services.BuildServiceProvider().GetRequiredService<ModelFeatures>();
    }
}
