namespace MerchantInsights.Data.Models;

/// <summary>
/// One trained model (forecasts, prices, recommendations…). A version is written whole in one transaction and only
/// then becomes current, so pages and exports never see half a model and the previous one stays until the new succeeds.
/// </summary>
public sealed class ModelVersion
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public bool IsCurrent { get; set; }
    public DateTime TrainedAt { get; set; }
    /// <summary>Last day of sales data the model saw (forecasts start the day after).</summary>
    public DateOnly DataTo { get; set; }
    public int Items { get; set; }
    /// <summary>Kind-specific summary (chosen method, evaluation, options), JSON.</summary>
    public string SummaryJson { get; set; } = "{}";
    public List<ModelResult> Results { get; set; } = [];
}
