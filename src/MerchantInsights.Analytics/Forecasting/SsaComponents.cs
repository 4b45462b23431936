namespace MerchantInsights.Analytics.Forecasting;

/// <summary>A series split by SSA into trend, repeating pattern and the rest, with each leading component's share of variance.</summary>
public sealed record SsaComponents(double[] Trend, double[] Seasonal, double[] Noise, double[] ExplainedShare);
