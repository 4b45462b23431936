namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// The normal hierarchical model of a group of products' elasticities, solved exactly on a grid of the spread τ
/// (Gelman et al., Bayesian Data Analysis, 3rd ed., §5.4): each product's own reading εᵢ ~ N(θᵢ, sᵢ²), θᵢ ~ N(μ, τ²),
/// a flat prior on μ and a half-normal prior on τ. Where a handful of noisy readings cannot tell how far the products
/// differ (the moment estimate of τ is then 0 and every product is given its group's mean with a needlessly narrow
/// range), the posterior keeps the spreads the data allow, weighted by how well they explain the readings, and each
/// product's posterior mixes over them. A normal prior on μ (the group's place among its sibling groups, see
/// <see cref="ElasticityPooling"/>) may replace the flat one. O(grid × products).
/// </summary>
internal sealed class HierarchicalNormal
{
    private readonly double[] _tau, _weight, _muHat, _muVar;

    /// <param name="readings">Each member's own reading and its standard error.</param>
    /// <param name="tauPriorScale">The scale of the half-normal prior on τ.</param>
    /// <param name="muPrior">A normal prior on μ (mean, variance); null = flat.</param>
    public HierarchicalNormal(IReadOnlyList<(double Estimate, double Se)> readings, double tauPriorScale,
        (double Mean, double Variance)? muPrior = null)
    {
        const int steps = 100;
        const double top = 2.0;
        _tau = Enumerable.Range(0, steps + 1).Select(i => Math.Max(1e-3, top * i / steps)).ToArray();
        (_weight, _muHat, _muVar) = (new double[_tau.Length], new double[_tau.Length], new double[_tau.Length]);
        var logPost = new double[_tau.Length];
        for (var g = 0; g < _tau.Length; g++)
        {
            var t2 = _tau[g] * _tau[g];
            double precision = 0, weighted = 0;
            foreach (var (e, s) in readings)
            {
                var v = s * s + t2;
                (precision, weighted) = (precision + 1 / v, weighted + e / v);
            }
            if (muPrior is { } prior) (precision, weighted) = (precision + 1 / prior.Variance, weighted + prior.Mean / prior.Variance);
            var (muHat, muVar) = (weighted / precision, 1 / precision);
            var lp = -0.5 * t2 / (tauPriorScale * tauPriorScale) + 0.5 * Math.Log(muVar);
            if (muPrior is { } p) lp -= 0.5 * (muHat - p.Mean) * (muHat - p.Mean) / p.Variance;
            foreach (var (e, s) in readings)
            {
                var v = s * s + t2;
                lp -= 0.5 * (Math.Log(v) + (e - muHat) * (e - muHat) / v);
            }
            (logPost[g], _muHat[g], _muVar[g]) = (lp, muHat, muVar);
        }
        var max = logPost.Max();
        var sum = 0.0;
        for (var g = 0; g < _tau.Length; g++) sum += _weight[g] = Math.Exp(logPost[g] - max);
        for (var g = 0; g < _tau.Length; g++) _weight[g] /= sum;
        (Mean, MeanVar) = Mix(g => (_muHat[g], _muVar[g]));
        Tau2 = Enumerable.Range(0, _tau.Length).Sum(g => _weight[g] * _tau[g] * _tau[g]);
    }

    /// <summary>The group's mean elasticity (posterior mean of μ).</summary>
    public double Mean { get; }

    /// <summary>The posterior variance of μ (an unmeasured product of the group: μ ± √(τ² + this)).</summary>
    public double MeanVar { get; }

    /// <summary>The posterior mean of τ².</summary>
    public double Tau2 { get; }

    /// <summary>A member's elasticity θ given its own reading: mean and variance, mixed over τ.</summary>
    public (double Mean, double Variance) Posterior(double estimate, double se) => Mix(g =>
    {
        var (p0, p1) = (1 / (se * se), 1 / (_tau[g] * _tau[g]));
        var shrink = p1 / (p0 + p1);
        return ((p0 * estimate + p1 * _muHat[g]) / (p0 + p1), 1 / (p0 + p1) + shrink * shrink * _muVar[g]);
    });

    private (double Mean, double Variance) Mix(Func<int, (double Mean, double Variance)> at)
    {
        double mean = 0, second = 0;
        for (var g = 0; g < _tau.Length; g++)
        {
            if (_weight[g] < 1e-12) continue;
            var (m, v) = at(g);
            mean += _weight[g] * m;
            second += _weight[g] * (v + m * m);
        }
        return (mean, Math.Max(0, second - mean * mean));
    }
}
