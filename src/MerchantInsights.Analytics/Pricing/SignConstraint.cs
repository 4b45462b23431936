using MathNet.Numerics.Distributions;

namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Demand does not rise because a price rises: the elasticity's posterior N(m, s²) is read truncated to ε ≤ 0 (a prior with
/// no mass above 0). Its mean is m − s·φ(β)/Φ(β) and its 80% range the 10th and 90th percentiles,
/// m + s·Φ⁻¹(q·Φ(β)), with β = −m/s. A product whose readings put the response well below 0 is unchanged; one whose
/// sales rose with its price (other things moved with it: a season, a new listing, wholesale tiers) is read at the
/// strongest response its data allow at or below 0 (close to 0, inelastic), not as demand that grows with the price.
/// β is held at −8 or above (m at most 8·s), where the truncated mean is already within 1/8 of s of 0.
/// </summary>
internal static class SignConstraint
{
    public static (double Mean, double Low80, double High80) Apply(double mean, double sd)
    {
        if (!(sd > 0)) return (Math.Min(mean, 0), Math.Min(mean, 0), Math.Min(mean, 0));
        var m = Math.Min(mean, 8 * sd);
        var beta = -m / sd;
        var mass = Normal.CDF(0, 1, beta);
        var truncatedMean = m - sd * Normal.PDF(0, 1, beta) / mass;
        double Quantile(double q) => m + sd * Normal.InvCDF(0, 1, q * mass);
        return (Math.Min(truncatedMean, 0), Math.Min(Quantile(0.1), 0), Math.Min(Quantile(0.9), 0));
    }
}
