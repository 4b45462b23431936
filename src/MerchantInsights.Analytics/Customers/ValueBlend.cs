namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The third value model the hold-out can choose: the geometric mean of the BG/NBD and gradient-boosted predictions.
/// The two models err on different customers (BG/NBD trusts a steady rate, the trees what earlier windows looked like),
/// so their mean ranks better than either on Online Retail and the simulated shop (decision 0009); geometric rather than
/// arithmetic because spend is skewed and a customer only one model expects to buy is a doubtful one. O(1) a customer.
/// </summary>
public static class ValueBlend
{
    /// <summary>√(bgNbd × trees) of one customer's predicted spend (shop currency); negatives count as 0.</summary>
    public static double Of(double bgNbd, double trees) => Math.Sqrt(Math.Max(0, bgNbd) * Math.Max(0, trees));

    /// <summary>The blend of each customer's two predictions; both lists in the same customer order and of equal length.</summary>
    public static double[] Of(IReadOnlyList<double> bgNbd, IReadOnlyList<double> trees) =>
        bgNbd.Count != trees.Count
            ? throw new ArgumentException($"{bgNbd.Count} BG/NBD predictions for {trees.Count} tree predictions.", nameof(trees))
            : bgNbd.Zip(trees, Of).ToArray();
}
