namespace MerchantInsights.Analytics.Customers;

/// <summary>Gauss's hypergeometric function ₂F₁(a, b; c; z) by its power series, for 0 ≤ z &lt; 1. O(terms); terms shrink like
/// zᵏ.</summary>
internal static class Hypergeometric
{
    public static double Series(double a, double b, double c, double z)
    {
        if (z is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(z), z, "The series needs 0 ≤ z < 1.");
        var (sum, term) = (1.0, 1.0);
        for (var k = 0; k < 100_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.Abs(term) < 1e-15 * Math.Abs(sum)) return sum;
        }
        return sum;
    }
}
