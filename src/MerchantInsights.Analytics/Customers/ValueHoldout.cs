namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The temporal hold-out that chooses a shop's value model: both models are fitted on the data up to one horizon before
/// the last day and predict the last horizon; the one with the lower mean absolute error is used (ranks break a tie
/// within 1%). The baselines "repeat the last period" and "total spend so far" are measured on the same customers.
/// </summary>
internal static class ValueHoldout
{
    public sealed record Result(IReadOnlyList<ValueAccuracy> Accuracy, bool TreesWin, string Why, ValueRange? Range);

    public static Result Run(CustomerHistories histories, IReadOnlyDictionary<string, CustomerHistory> full, DateOnly lastDay, CustomerOptions options)
    {
        var h = options.Horizon;
        var cut = lastDay.AddDays(-h);
        var customers = histories.At(cut);
        if (customers.Count < 20)
            return new Result([], false, $"Fewer than 20 customers bought before the last {h} days, so the models could not be tested; {CustomerAnalysis.BgNbdName} is used.", null);
        var actual = customers.Select(c => Math.Max(0, (double)full[c.CustomerId].SpendBetween(cut, lastDay))).ToArray();
        var bgNbd = BgNbdValueModel.Fit(customers, cut);
        var bgPredicted = customers.Select(c => bgNbd.Predict(c, cut, h).Value).ToArray();
        var accuracy = new List<ValueAccuracy> { ValueAccuracy.Measure(CustomerAnalysis.BgNbdName, bgPredicted, actual) };
        var trees = SpendTreeModel.Train(histories, customers, bgNbd, cut, options);
        var treePredicted = trees?.Predict(customers, cut, bgNbd, h);
        if (treePredicted is not null) accuracy.Add(ValueAccuracy.Measure(CustomerAnalysis.TreesName, treePredicted, actual));
        accuracy.Add(ValueAccuracy.Measure(CustomerAnalysis.RepeatLastName, customers.Select(c => Math.Max(0, (double)c.SpendBetween(cut.AddDays(-h), cut))).ToArray(), actual));
        accuracy.Add(ValueAccuracy.Measure(CustomerAnalysis.TotalSpendName, customers.Select(c => (double)c.Spend).ToArray(), actual));

        var (bg, tree) = (accuracy[0], treePredicted is null ? null : accuracy[1]);
        var treesWin = tree is not null && (tree.MeanAbsoluteError < 0.99 * bg.MeanAbsoluteError
            || (tree.MeanAbsoluteError <= 1.01 * bg.MeanAbsoluteError && tree.Spearman > bg.Spearman));
        var why = tree is null
            ? $"Too few customers to train {CustomerAnalysis.TreesName}; {CustomerAnalysis.BgNbdName} is used (off by {bg.MeanAbsoluteError:N0} a customer on average over the last {h} days)."
            : $"Tested on the last {h} days: {(treesWin ? tree.Method : bg.Method)} was off by {(treesWin ? tree : bg).MeanAbsoluteError:N0} a customer on average "
              + $"(rank correlation {(treesWin ? tree : bg).Spearman:0.00}), {(treesWin ? bg.Method : tree.Method)} by {(treesWin ? bg : tree).MeanAbsoluteError:N0} "
              + $"({(treesWin ? bg : tree).Spearman:0.00}).";
        return new Result(accuracy, treesWin, why, ValueRange.Calibrate(treesWin ? treePredicted! : bgPredicted, actual));
    }
}
