namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Blend: (1 − p) · [w · buy-again + (1 − w) · discovery] + p · popular-right-now, each part first divided by its own top
/// score for the customer so the weights mean the same for every customer. The discovery model, w and p are tuned on the
/// validation window. The reason is that of the largest weighted part. O(products) per customer on top of the parts.
/// </summary>
internal sealed class BlendModel(ICandidateModel buyAgain, ICandidateModel discovery, ShopSnapshot snapshot, double weight,
    double popularWeight)
    : ICandidateModel
{
    public const string ModelName = "blend";

    public string Name => ModelName;

    public void Score(int user, double[] scores, int[] reasons)
    {
        buyAgain.Score(user, scores, reasons);
        var other = new double[scores.Length];
        var otherReasons = new int[scores.Length];
        discovery.Score(user, other, otherReasons);
        var maxOwn = Math.Max(scores.Max(), double.Epsilon);
        var maxOther = Math.Max(other.Max(), double.Epsilon);
        var maxPopular = Math.Max(snapshot.Popularity.Max(), double.Epsilon);
        for (var j = 0; j < scores.Length; j++)
        {
            var own = (1 - popularWeight) * weight * Math.Max(scores[j], 0) / maxOwn;
            var found = (1 - popularWeight) * (1 - weight) * Math.Max(other[j], 0) / maxOther;
            var popular = popularWeight * snapshot.Popularity[j] / maxPopular;
            scores[j] = own + found + popular;
            if (found > own && found >= popular) reasons[j] = otherReasons[j];
            else if (popular > own && popular > found) reasons[j] = PickReason.Popular;
        }
    }
}
