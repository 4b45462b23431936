using MerchantInsights.Data.Demand;

namespace MerchantInsights.Jobs.Training;

/// <summary>
/// One part of a training run (forecasts, prices, recommendations). It learns from the cleaned demand the run read once
/// for all steps, and saves one new model version only when it has finished — a cancelled or failed step leaves the
/// previous version current.
/// </summary>
public interface ITrainingStep
{
    /// <summary>The name used by `train --what` and in job messages.</summary>
    string Name { get; }

    /// <summary>Trains and saves; returns a one-line summary for the job ("Forecast 212 products…").</summary>
    Task<string> RunAsync(TrainingRequest request, DemandSnapshot demand, IProgress<StepProgress> progress, CancellationToken ct);
}

/// <summary>Progress within a step: 0–1 and what it is doing.</summary>
public readonly record struct StepProgress(double Fraction, string Message);
