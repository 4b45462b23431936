namespace MerchantInsights.Analytics.Forecasting;

/// <summary>When a product's daily sales count as sparse: the forecasters, their reasons and the shop-wide grouping agree on it.</summary>
public static class Intermittency
{
    /// <summary>Sparse when at least this share of days sold nothing.</summary>
    public const double SparseZeroShare = 0.3;
}
