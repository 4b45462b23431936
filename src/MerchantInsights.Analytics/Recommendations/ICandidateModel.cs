namespace MerchantInsights.Analytics.Recommendations;

/// <summary>A fitted recommender. Scores every product for one customer of the snapshot it was fitted on.</summary>
internal interface ICandidateModel
{
    string Name { get; }

    /// <summary>
    /// Writes a score per product into <paramref name="scores"/> (zeroed by the caller; only positive scores count) and
    /// why into <paramref name="reasons"/>: a product index for "because you bought", or a <see cref="PickReason"/> code.
    /// </summary>
    void Score(int user, double[] scores, int[] reasons);
}
