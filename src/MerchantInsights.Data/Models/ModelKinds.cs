namespace MerchantInsights.Data.Models;

/// <summary>The kinds of model a training run produces; each has its own current version.</summary>
public static class ModelKinds
{
    public const string Forecast = "forecast";
    public const string Pricing = "pricing";
    public const string Recommendations = "recommendations";
    public const string Together = "together";
    public const string Alerts = "alerts";
}
