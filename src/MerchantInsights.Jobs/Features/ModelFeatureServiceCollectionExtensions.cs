using MerchantInsights.Jobs.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantInsights.Jobs.Features;

public static class ModelFeatureServiceCollectionExtensions
{
    /// <summary>Registers a model feature and its training step (if it has one): the only line a new feature adds.</summary>
    public static IServiceCollection AddModelFeature(this IServiceCollection services, ModelFeature feature)
    {
        services.AddSingleton(feature);
        if (feature.Step is { } step)
        {
            if (!typeof(ITrainingStep).IsAssignableFrom(step))
                throw new ArgumentException($"The step of feature '{feature.Name}' ({step.Name}) is not an ITrainingStep.",
                    nameof(feature));
            services.AddSingleton(typeof(ITrainingStep), step);
        }
        services.TryAddSingleton<ModelFeatures>();
        return services;
    }
}
