using MathNet.Numerics;

namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The Gamma-Gamma model of spend per purchase (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves",
/// and Fader &amp; Hardie's note "The Gamma-Gamma model of monetary value", 2013): a customer's mean spend m_x over x
/// purchases is shrunk toward the shop's mean, more for customers with few purchases. O(1) per customer.
/// Limits: assumes spend is independent of how often the customer buys.
/// </summary>
public static class GammaGammaModel
{
    /// <summary>ln f(m_x | x; p, q, γ) of a customer's mean spend over x ≥ 1 purchases (the note's equation 5).</summary>
    public static double LogLikelihood(GammaGammaParameters g, int x, double meanSpend)
    {
        var px = g.P * x;
        return SpecialFunctions.GammaLn(px + g.Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(g.Q)
            + g.Q * Math.Log(g.Gamma) + (px - 1) * Math.Log(meanSpend) + px * Math.Log(x) - (px + g.Q) * Math.Log(g.Gamma + meanSpend * x);
    }

    /// <summary>E[spend per purchase | x, m_x] (the note's equation 6); the shop's mean for a customer with no repeat purchase.</summary>
    public static double ExpectedSpend(GammaGammaParameters g, int x, double meanSpend)
    {
        if (x <= 0 || meanSpend <= 0) return g.PopulationMean;
        return (g.Gamma + meanSpend * x) * g.P / (g.P * x + g.Q - 1);
    }
}
