namespace MerchantInsights.Data.Models;

/// <summary>The kinds of model a training run produces; each has its own current version.</summary>
public static class ModelKinds
{
    public const string Forecast = "forecast";
    public const string Pricing = "pricing";
    public const string Recommendations = "recommendations";
    public const string Together = "together";
    /// <summary>Each customer's segment and predicted value, by customer id.</summary>
    public const string Customers = "customers";
    /// <summary>The same customer profiles keyed by segment and rank of value, for paging a segment.</summary>
    public const string CustomerSegments = "customer-segments";
}
