namespace MerchantInsights.Data.Models;

/// <summary>One item of a model version (a product's forecast, a customer's picks…), keyed by the shop's own id.</summary>
public sealed class ModelResult
{
    public long ModelVersionId { get; set; }
    public required string Key { get; set; }
    public required string PayloadJson { get; set; }
}
