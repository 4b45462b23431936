namespace MerchantInsights.Jobs.Training;

/// <summary>Where a product's forecast heads against the same number of past days (the CSV writes it in lower case).</summary>
public enum DemandTrend { Flat, Up, Down }
