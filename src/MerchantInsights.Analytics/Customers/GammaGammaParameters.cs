namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// Gamma-Gamma spend parameters: a purchase's value ~ Gamma(shape <paramref name="P"/>, rate ν), and each customer's ν ~
/// Gamma(shape <paramref name="Q"/>, rate <paramref name="Gamma"/>). The shop's mean spend per purchase day is γp/(q−1).
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double Gamma, double LogLikelihood = double.NaN)
{
    /// <summary>The shop's mean spend per purchase day in shop currency, γp/(q−1); NaN when q ≤ 1 (undefined).</summary>
    public double PopulationMean => Q > 1 ? Gamma * P / (Q - 1) : double.NaN;
}
