namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Buy again blended with a discovery model: each customer's scores of both are scaled to a maximum of 1 and mixed
/// with weight α on buy-again (tuned on the validation window). Repeat buyers get their staples and something new.
/// </summary>
internal sealed class BlendScorer(Interactions data, BuyAgainScorer again, Scorer discovery, double alpha) : Scorer(data)
{
    private readonly double[] _other = new double[data.Items.Length];

    public double Alpha => alpha;
    public override string Name => $"Buy again + {discovery.Name} ({alpha:P0} / {1 - alpha:P0})";

    public override void Score(int user, double[] scores)
    {
        again.Score(user, scores);
        lock (_other)
        {
            discovery.Score(user, _other);
            var (a, d) = (Max(scores), Max(_other));
            for (var i = 0; i < scores.Length; i++) scores[i] = alpha * scores[i] / a + (1 - alpha) * Math.Max(0, _other[i]) / d;
        }
    }

    public override string Reason(int user, int item)
    {
        var reason = again.Reason(user, item);
        return reason != "" ? reason : discovery.Reason(user, item);
    }

    private static double Max(double[] v)
    {
        var m = v.Max();
        return m > 0 ? m : 1;
    }
}
