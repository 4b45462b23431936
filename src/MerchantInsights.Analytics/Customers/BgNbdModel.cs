using MathNet.Numerics;

namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The BG/NBD model of non-contractual repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way",
/// Marketing Science 24(2), equations 6, 10 and 13): while alive a customer buys at a Poisson rate λ, and after each
/// purchase drops out with probability p. Each formula is O(1) except the expected purchases, whose Gauss hypergeometric
/// series is computed after Euler's transformation so it converges quickly even for customers with hundreds of
/// purchases. Limits: assumes a steady rate (no seasonality, no trend) and that a dropped-out customer never returns.
/// </summary>
public static class BgNbdModel
{
    /// <summary>ln L(r, α, a, b | x, t_x, T), equation 6 in log form.</summary>
    public static double LogLikelihood(BgNbdParameters p, RepeatBuying c)
    {
        var x = c.Repeats;
        var common = SpecialFunctions.GammaLn(p.R + x) - SpecialFunctions.GammaLn(p.R) + p.R * Math.Log(p.Alpha)
            + SpecialFunctions.BetaLn(p.A, p.B + x) - SpecialFunctions.BetaLn(p.A, p.B);
        var stays = -(p.R + x) * Math.Log(p.Alpha + c.Age);
        if (x == 0) return common + stays;
        var left = Math.Log(p.A) - Math.Log(p.B + x - 1) - (p.R + x) * Math.Log(p.Alpha + c.LastRepeatAge);
        return common + LogSumExp(stays, left);
    }

    /// <summary>P(alive | x, t_x, T), equation 13.</summary>
    public static double ProbabilityAlive(BgNbdParameters p, RepeatBuying c)
    {
        if (c.Repeats == 0) return 1;
        var logOdds = Math.Log(p.A) - Math.Log(p.B + c.Repeats - 1)
            + (p.R + c.Repeats) * Math.Log((p.Alpha + c.Age) / (p.Alpha + c.LastRepeatAge));
        return 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>
    /// P(at least one purchase in the next <paramref name="days"/> days | x, t_x, T): alive, and the Poisson clock rings before the
    /// window ends. Dropping out only follows a purchase, so the first purchase of the window happens exactly when an alive customer's
    /// process has an event in it; given alive, λ ~ Gamma(r + x, α + T), so P(no event) = ((α + T) / (α + T + days))^(r + x).
    /// Unlike P(alive), which BG/NBD fixes at 1 for every customer without a repeat purchase however long ago they bought, this falls
    /// with time since the last purchase for everyone — what a shop owner means by "still active".
    /// </summary>
    public static double ProbabilityOfPurchase(BgNbdParameters p, RepeatBuying c, double days)
    {
        if (days <= 0) return 0;
        var quiet = Math.Exp((p.R + c.Repeats) * Math.Log((p.Alpha + c.Age) / (p.Alpha + c.Age + days)));
        return ProbabilityAlive(p, c) * (1 - quiet);
    }

    /// <summary>E[purchases in the next <paramref name="days"/> days | x, t_x, T], equation 10.</summary>
    public static double ExpectedPurchases(BgNbdParameters p, RepeatBuying c, double days)
    {
        if (days <= 0) return 0;
        var x = c.Repeats;
        var z = days / (p.Alpha + c.Age + days);
        // ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z) = (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z) (Euler).
        var tail = Math.Pow(1 - z, p.A - 1) * Hypergeometric.Series(p.A + p.B - 1 - p.R, p.A - 1, p.A + p.B + x - 1, z);
        var numerator = (p.A + p.B + x - 1) / (p.A - 1) * (1 - tail);
        if (x == 0) return numerator;
        var odds = Math.Exp(Math.Log(p.A) - Math.Log(p.B + x - 1) + (p.R + x) * Math.Log((p.Alpha + c.Age) / (p.Alpha + c.LastRepeatAge)));
        return numerator / (1 + odds);
    }

    private static double LogSumExp(double a, double b) => Math.Max(a, b) + Math.Log(1 + Math.Exp(-Math.Abs(a - b)));
}
