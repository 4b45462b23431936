namespace MerchantInsights.Analytics.Forecasting;

/// <summary>Quantiles of a Poisson count: the range of daily units when sales are random around a known rate.</summary>
internal static class Poisson
{
    public static double Quantile(double rate, double p)
    {
        if (rate <= 0) return 0;
        var (k, term) = (0, Math.Exp(-rate));
        var cumulative = term;
        while (cumulative < p && k < 10_000)
        {
            k++;
            term *= rate / k;
            cumulative += term;
        }
        return k;
    }
}
