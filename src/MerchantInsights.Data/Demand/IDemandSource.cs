namespace MerchantInsights.Data.Demand;

/// <summary>Where a training run gets the cleaned demand it learns from (the database; a fixed snapshot in tests).</summary>
public interface IDemandSource
{
    Task<DemandSnapshot> CleanDemandAsync(CancellationToken ct);
}
