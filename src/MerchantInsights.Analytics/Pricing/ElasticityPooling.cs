namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Partial pooling of product elasticities toward their category: product εᵢ ~ N(θᵢ, sᵢ²), θᵢ ~ N(μ_c, τ_c²), solved as
/// the full hierarchical normal model (<see cref="HierarchicalNormal"/>: a flat prior on μ, a weakly informative one on
/// τ, the posterior over τ on a grid), per category with at least three measured products, otherwise across the shop;
/// with nothing measured, a prior of −1.5 ± 1 (typical retail). Each product's posterior mixes over the spreads τ the
/// readings allow; for a known τ it is the textbook w·εᵢ + (1 − w)·μ, w = τ²/(τ² + sᵢ²). O(products × grid).
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

    /// <param name="measured">Each measured product's category, own reading and standard error.</param>
    /// <param name="categoriesTowardShop">Whether the category means lean toward the shop's (see
    /// <see cref="Priors.Of(IReadOnlyList{ValueTuple{string, double, double}}, bool)"/>).</param>
    public ElasticityPooling(IReadOnlyList<(string Category, double Estimate, double Se)> measured, bool categoriesTowardShop = true)
    {
        _plain = Priors.Of(measured, categoriesTowardShop);
        SeInflation = Inflation(measured, _plain);
        _inflated = SeInflation > 1
            ? Priors.Of(measured.Select(m => (m.Category, m.Estimate, m.Se * SeInflation)).ToList(), categoriesTowardShop)
            : _plain;
    }

    /// <summary>k: how much the products' own standard errors understate their scatter around their categories (1 = not at all).</summary>
    public double SeInflation { get; }

    public (double Mean, double Tau2, double MeanVar) Prior(string category) => _inflated.Of(category);

    public bool HasOwnCategory(string category) => _plain.Models.ContainsKey(category);

    /// <summary>When a category's typical response leans noticeably on the shop's (its own products give under three quarters of
    /// it): the shop's mean across categories and the category's own share; otherwise null.</summary>
    public (double ShopMean, double OwnShare)? CategoryLeansOnShop(string category) =>
        _inflated.ShopMean is { } shop && _inflated.OwnShare.TryGetValue(category, out var own) && own < 0.75 ? (shop, own) : null;

    /// <summary>The weight of the product's own estimate in its posterior (0 = all category, 1 = all its own).</summary>
    public double OwnWeight(string category, double se) => Prior(category).Tau2 / (Prior(category).Tau2 + Math.Pow(se * SeInflation, 2));

    /// <summary>Posterior mean (with the inflated errors) and variance (the wider of the inflated and the plain pooling's) of a
    /// measured product's elasticity.</summary>
    public (double Mean, double Variance) Posterior(string category, double estimate, double se)
    {
        var inflated = _inflated.Model(category)?.Posterior(estimate, se * SeInflation);
        var plain = _plain.Model(category)?.Posterior(estimate, se);
        if (inflated is not { } i || plain is not { } p) return (estimate, se * se);
        return (i.Mean, Math.Max(i.Variance, p.Variance));
    }

    /// <summary>The shop-wide k (see the class summary) on a grid of k (1 to 5) and τ (0.02 to 1.5); 1 with fewer than 20 products in
    /// categories of their own. O(products × grid).</summary>
    private static double Inflation(IReadOnlyList<(string Category, double Estimate, double Se)> measured, Priors plain)
    {
        var rows = measured.Where(m => plain.Models.ContainsKey(m.Category)).ToList();
        if (rows.Count < 20) return 1;
        var size = rows.CountBy(r => r.Category).ToDictionary();
        // Each distance from its category's mean, and the share of its variance the mean's own estimation removes.
        var (d2, s2, shrink) = (rows.Select(r => Math.Pow(r.Estimate - plain.Models[r.Category].Mean, 2)).ToArray(),
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

    /// <summary>The category models (categories with at least three measured products) and the shop's; <see cref="Of(string)"/> gives a
    /// category's summary (posterior mean of μ, of τ², and the variance of μ).</summary>
    private sealed record Priors(Dictionary<string, HierarchicalNormal> Models, HierarchicalNormal? ShopModel)
    {
        /// <summary>Per category leaning toward the shop: the share of its mean its own products give (1 = all its own).</summary>
        public Dictionary<string, double> OwnShare { get; private init; } = [];

        /// <summary>The shop's mean across categories, when the categories lean toward it.</summary>
        public double? ShopMean { get; private init; }

        /// <summary>The scale of a weakly informative half-normal prior on each category's spread τ: 95% of it below about 1,
        /// its median 0.34 — products of one category differ, but rarely by more than one point of elasticity.</summary>
        private const double TauPriorScale = 0.5;

        public HierarchicalNormal? Model(string category) => Models.GetValueOrDefault(category) ?? ShopModel;

        public (double Mean, double Tau2, double MeanVar) Of(string category) =>
            Model(category) is { } m ? (m.Mean, m.Tau2, m.MeanVar) : (-1.5, 1.0, 0.25);

        /// <summary>
        /// The category models and the shop's. With <paramref name="towardShop"/> and at least three categories, the categories'
        /// means are themselves pooled (a third level): a category measured by a few noisy products leans toward the shop's
        /// mean by as much as the categories' means are seen to differ (their spread ω, read by the same hierarchical model
        /// over the categories' flat-prior means), and each category is solved again with that prior on its mean,
        /// N(shop mean, ω² + the shop mean's variance). A category measured precisely keeps its own mean.
        /// </summary>
        public static Priors Of(IReadOnlyList<(string Category, double Estimate, double Se)> measured, bool towardShop)
        {
            var groups = measured.GroupBy(m => m.Category).Where(g => g.Count() >= 3)
                .ToDictionary(g => g.Key, g => g.Select(x => (x.Estimate, x.Se)).ToList());
            var models = groups.ToDictionary(g => g.Key, g => new HierarchicalNormal(g.Value, TauPriorScale));
            var shop = measured.Count == 0 ? null : new HierarchicalNormal([.. measured.Select(x => (x.Estimate, x.Se))], TauPriorScale);
            if (!towardShop || models.Count < 3) return new(models, shop);
            var between = new HierarchicalNormal([.. models.Values.Select(m => (m.Mean, Math.Sqrt(m.MeanVar)))], TauPriorScale);
            var prior = (Mean: between.Mean, Variance: between.Tau2 + between.MeanVar);
            var own = models.ToDictionary(m => m.Key, m => prior.Variance / (prior.Variance + m.Value.MeanVar));
            return new(groups.ToDictionary(g => g.Key, g => new HierarchicalNormal(g.Value, TauPriorScale, prior)), shop)
            {
                OwnShare = own, ShopMean = between.Mean,
            };
        }
    }
}
