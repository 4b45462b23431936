namespace MerchantInsights.Analytics.Recommendations;

/// <summary>
/// Buy-again: the customer's own products scored by Σ 0.5^(age / half-life) over distinct purchase days, so a product
/// bought often and lately ranks first; the half-life is tuned on the validation window. Strong on shops of repeat buyers (Ren et al. 2019,
/// "Repeat-aware
/// recommendation"). O(products bought) per customer. Limit: never suggests anything new.
/// </summary>
internal sealed class BuyAgainModel(ShopSnapshot snapshot, double halfLifeDays) : ICandidateModel
{
    public const string ModelName = "buy-again";

    public string Name => ModelName;

    public void Score(int user, double[] scores, int[] reasons)
    {
        for (var p = snapshot.RowStart[user]; p < snapshot.RowStart[user + 1]; p++)
        {
            var item = snapshot.RowItems[p];
            double score = 0;
            for (var d = snapshot.DayStart[p]; d < snapshot.DayStart[p + 1]; d++)
                score += Math.Pow(0.5, (snapshot.CutDay - snapshot.PurchaseDays[d]) / halfLifeDays);
            scores[item] = score;
            reasons[item] = PickReason.Regular;
        }
    }
}
