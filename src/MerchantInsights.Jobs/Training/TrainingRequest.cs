namespace MerchantInsights.Jobs.Training;

/// <summary>What to train (by step name: forecast, pricing, recommendations, customers; empty = all) and the forecast horizon in
/// days.</summary>
public sealed record TrainingRequest(IReadOnlyList<string> What, int Horizon = 28)
{
    public static TrainingRequest Everything { get; } = new([]);

    public bool Includes(string step) => What.Count == 0 || What.Contains(step, StringComparer.OrdinalIgnoreCase);
}
