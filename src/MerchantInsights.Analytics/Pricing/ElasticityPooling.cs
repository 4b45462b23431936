namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Partial pooling of product elasticities toward their category (normal–normal empirical Bayes): product εᵢ ~ N(μ_c, τ_c²)
/// observed with standard error sᵢ; μ and τ² by the DerSimonian–Laird method of moments, per category with at least
/// three measured products, otherwise across the shop; with nothing measured, a prior of −1.5 ± 1 (typical retail).
/// Posterior mean = w·εᵢ + (1 − w)·μ, w = τ²/(τ² + k²sᵢ²). O(products).
/// <para>
/// k (≥ 1) is how much the products' own standard errors understate their scatter around their categories, shop-wide: the
/// k and common spread τ that maximise the normal likelihood of each product's distance from its category mean (variance
/// τ² + k²s²). Where own readings carry errors their standard errors do not show (buyers stocking up on promotions,
/// substitutes on sale beside them), precise and imprecise products scatter alike and k comes out large, so each product
/// leans more on its category. The likelihood may then read that scatter as a small τ, so the 80% interval takes the wider
/// of the two poolings' variances: the plain one (k = 1) allows the true spread of elasticities around the category mean.
/// </para>
/// </summary>
internal sealed class ElasticityPooling
{
    private readonly Priors _plain, _inflated;

    public ElasticityPooling(IReadOnlyList<(string Category, double Estimate, double Se)> measured)
    {
        _plain = Priors.Of(measured);
        SeInflation = Inflation(measured, _plain);
        _inflated = SeInflation > 1 ? Priors.Of(measured.Select(m => (m.Category, m.Estimate, m.Se * SeInflation)).ToList()) : _plain;
    }

    /// <summary>k: how much the products' own standard errors understate their scatter around their categories (1 = not at all).</summary>
    public double SeInflation { get; }

    public (double Mean, double Tau2, double MeanVar) Prior(string category) => _inflated.Of(category);

    public bool HasOwnCategory(string category) => _plain.Categories.ContainsKey(category);

    /// <summary>The weight of the product's own estimate in its posterior (0 = all category, 1 = all its own).</summary>
    public double OwnWeight(string category, double se) => Prior(category).Tau2 / (Prior(category).Tau2 + Math.Pow(se * SeInflation, 2));

    /// <summary>Posterior mean (with the inflated errors) and variance (the wider of the inflated and the plain pooling's) of a
    /// measured product's elasticity.</summary>
    public (double Mean, double Variance) Posterior(string category, double estimate, double se)
    {
        var inflated = Normal(_inflated.Of(category), estimate, se * SeInflation);
        return (inflated.Mean, Math.Max(inflated.Variance, Normal(_plain.Of(category), estimate, se).Variance));
    }

    private static (double Mean, double Variance) Normal((double Mean, double Tau2, double MeanVar) prior, double estimate, double se)
    {
        var (mean, tau2, meanVar) = prior;
        var s2 = se * se;
        var w = tau2 / (tau2 + s2);
        // The category mean is itself estimated: its uncertainty enters in proportion to the weight it gets.
        return (w * estimate + (1 - w) * mean, 1 / (1 / tau2 + 1 / s2) + (1 - w) * (1 - w) * meanVar);
    }

    /// <summary>The shop-wide k (see the class summary) on a grid of k (1 to 5) and τ (0.02 to 1.5); 1 with fewer than 20 products in
    /// categories of their own. O(products × grid).</summary>
    private static double Inflation(IReadOnlyList<(string Category, double Estimate, double Se)> measured, Priors plain)
    {
        var rows = measured.Where(m => plain.Categories.ContainsKey(m.Category)).ToList();
        if (rows.Count < 20) return 1;
        var size = rows.CountBy(r => r.Category).ToDictionary();
        // Each distance from its category's mean, and the share of its variance the mean's own estimation removes.
        var (d2, s2, shrink) = (rows.Select(r => Math.Pow(r.Estimate - plain.Categories[r.Category].Mean, 2)).ToArray(),
            rows.Select(r => r.Se * r.Se).ToArray(), rows.Select(r => 1 - 1.0 / size[r.Category]).ToArray());
        var (best, bestK) = (double.NegativeInfinity, 1.0);
        for (var k = 1.0; k <= 5.0001; k += 0.05)
            for (var tau = 0.02; tau <= 1.5; tau += 0.02)
            {
                var ll = 0.0;
                for (var i = 0; i < d2.Length; i++)
                {
                    var v = (tau * tau + k * k * s2[i]) * shrink[i];
                    ll -= Math.Log(v) + d2[i] / v;
                }
                if (ll > best) (best, bestK) = (ll, k);
            }
        return bestK;
    }

    /// <summary>The category priors (categories with at least three measured products) and the shop's.</summary>
    private sealed record Priors(Dictionary<string, (double Mean, double Tau2, double MeanVar)> Categories,
        (double Mean, double Tau2, double MeanVar) Shop)
    {
        public (double Mean, double Tau2, double MeanVar) Of(string category) => Categories.GetValueOrDefault(category, Shop);

        public static Priors Of(IReadOnlyList<(string Category, double Estimate, double Se)> measured)
        {
            var categories = new Dictionary<string, (double, double, double)>();
            foreach (var group in measured.GroupBy(m => m.Category))
                if (group.Count() >= 3 && Moments(group.ToList()) is { } m) categories[group.Key] = m;
            return new Priors(categories, Moments(measured) ?? (-1.5, 1.0, 0.25));
        }
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
