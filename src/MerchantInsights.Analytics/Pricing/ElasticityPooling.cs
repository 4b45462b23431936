namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Partial pooling of product elasticities toward their category (normal–normal empirical Bayes): product εᵢ ~ N(μ_c, τ_c²)
/// observed with standard error sᵢ; μ and τ² by the DerSimonian–Laird method of moments, per category with at least
/// three measured products, otherwise across the shop; with nothing measured, a prior of −1.5 ± 1 (typical retail).
/// Posterior mean = w·εᵢ + (1 − w)·μ, w = τ²/(τ² + sᵢ²). O(products).
/// </summary>
internal sealed class ElasticityPooling
{
    private readonly Dictionary<string, (double Mean, double Tau2, double MeanVar)> _categories = [];
    private readonly (double Mean, double Tau2, double MeanVar) _shop;

    public ElasticityPooling(IReadOnlyList<(string Category, double Estimate, double Se)> measured)
    {
        _shop = Moments(measured) ?? (-1.5, 1.0, 0.25);
        foreach (var group in measured.GroupBy(m => m.Category))
            if (group.Count() >= 3 && Moments(group.ToList()) is { } m) _categories[group.Key] = m;
    }

    public (double Mean, double Tau2, double MeanVar) Prior(string category) => _categories.GetValueOrDefault(category, _shop);

    public bool HasOwnCategory(string category) => _categories.ContainsKey(category);

    /// <summary>The weight of the product's own estimate in its posterior (0 = all category, 1 = all its own).</summary>
    public double OwnWeight(string category, double se) => Prior(category).Tau2 / (Prior(category).Tau2 + se * se);

    /// <summary>Posterior mean and variance of a measured product's elasticity.</summary>
    public (double Mean, double Variance) Posterior(string category, double estimate, double se)
    {
        var (mean, tau2, meanVar) = Prior(category);
        var s2 = se * se;
        var w = tau2 / (tau2 + s2);
        // The category mean is itself estimated: its uncertainty enters in proportion to the weight it gets.
        return (w * estimate + (1 - w) * mean, 1 / (1 / tau2 + 1 / s2) + (1 - w) * (1 - w) * meanVar);
    }

    private static (double, double, double)? Moments(IReadOnlyList<(string Category, double Estimate, double Se)> m)
    {
        if (m.Count == 0) return null;
        var weights = m.Select(x => 1 / Math.Max(x.Se * x.Se, 1e-6)).ToArray();
        var fixedMean = m.Select((x, i) => weights[i] * x.Estimate).Sum() / weights.Sum();
        var q = m.Select((x, i) => weights[i] * (x.Estimate - fixedMean) * (x.Estimate - fixedMean)).Sum();
        var c = weights.Sum() - weights.Select(w => w * w).Sum() / weights.Sum();
        var tau2 = m.Count > 1 && c > 0 ? Math.Max(0.01, (q - (m.Count - 1)) / c) : 0.25;
        var random = weights.Select(w => 1 / (1 / w + tau2)).ToArray();
        var mean = m.Select((x, i) => random[i] * x.Estimate).Sum() / random.Sum();
        return (mean, tau2, 1 / random.Sum());
    }
}
