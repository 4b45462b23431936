using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Customers.Bench;

/// <summary>
/// How well the gradient-boosted model could rank with its features if it had seen the season it is scored on: the same
/// trees trained on the scored quarter itself (features at the cut, label the real spend after it), five folds, each
/// customer predicted by the trees that did not see them. Not a model the engine could use — a ceiling for its features.
/// </summary>
internal static class FeatureCeiling
{
    private const int Folds = 5;

    public static ValueAccuracy Measure(CustomerHistories histories, IReadOnlyDictionary<string, CustomerHistory> full, DateOnly last,
        CustomerOptions options)
    {
        var cut = last.AddDays(-options.Horizon);
        var customers = histories.At(cut);
        var bgNbd = BgNbdValueModel.Fit(customers, cut);
        var features = SpendTreeModel.FeaturesAt(customers, cut, bgNbd, options.Horizon);
        var actual = customers.Select(c => Math.Max(0, (double)full[c.CustomerId].SpendBetween(cut, last))).ToArray();
        var predicted = new double[actual.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var test = Enumerable.Range(0, actual.Length).Where(i => i % Folds == fold).ToArray();
            var train = Enumerable.Range(0, actual.Length).Where(i => i % Folds != fold).Select(i => (features[i], actual[i])).ToList();
            var scores = SpendTreeModel.Fit(train, options).Predict(test.Select(i => features[i]));
            for (var j = 0; j < test.Length; j++) predicted[test[j]] = scores[j];
        }
        return ValueAccuracy.Measure("trees fitted on the scored quarter (5-fold ceiling)", predicted, actual);
    }
}
