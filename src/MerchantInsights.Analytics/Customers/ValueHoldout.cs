namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// The temporal hold-out that chooses a shop's value model: BG/NBD and the trees are fitted on the data up to one horizon
/// before the last day and predict the last horizon, and so does their <see cref="ValueBlend"/>; the one with the lowest
/// mean absolute error is used (ranks break a tie within 1%). The baselines "repeat the last period" and "total spend so
/// far" are measured on the same customers.
/// </summary>
internal static class ValueHoldout
{
    public sealed record Result(IReadOnlyList<ValueAccuracy> Accuracy, ValueModelChoice Choice, string Why, ValueRange? Range);

    public static Result Run(CustomerHistories histories, IReadOnlyDictionary<string, CustomerHistory> full, DateOnly lastDay,
        CustomerOptions options)
    {
        var h = options.Horizon;
        var cut = lastDay.AddDays(-h);
        var customers = histories.At(cut);
        if (customers.Count < 20)
            return new Result([], ValueModelChoice.BgNbd,
                $"Fewer than 20 customers bought before the last {h} days, so the models could not be tested; " +
                $"{CustomerAnalysis.BgNbdName} is used.", null);
        var actual = customers.Select(c => Math.Max(0, (double)full[c.CustomerId].SpendBetween(cut, lastDay))).ToArray();
        var bgNbd = BgNbdValueModel.Fit(customers, cut);
        var bgValues = customers.Select(c => bgNbd.Predict(c, cut, h).Value).ToArray();
        var predicted = new List<(ValueModelChoice Model, double[] Values)> { (ValueModelChoice.BgNbd, bgValues) };
        if (SpendTreeModel.Train(histories, customers, bgNbd, cut, options)?.Predict(customers, cut, bgNbd, h) is { } trees)
            predicted.AddRange([(ValueModelChoice.Trees, trees), (ValueModelChoice.Blend, ValueBlend.Of(bgValues, trees))]);
        var models = predicted.Select(p => ValueAccuracy.Measure(CustomerAnalysis.NameOf(p.Model), p.Values, actual)).ToList();
        var (chosen, chosenValues) = predicted[Choose(models)];
        var accuracy = models.Concat([
            ValueAccuracy.Measure(CustomerAnalysis.RepeatLastName,
                customers.Select(c => Math.Max(0, (double)c.SpendBetween(cut.AddDays(-h), cut))).ToArray(), actual),
            ValueAccuracy.Measure(CustomerAnalysis.TotalSpendName, customers.Select(c => (double)c.Spend).ToArray(), actual)]).ToList();
        return new Result(accuracy, chosen, Why(models, CustomerAnalysis.NameOf(chosen), h), ValueRange.Calibrate(chosenValues, actual));
    }

    /// <summary>The lowest mean absolute error wins; a model within 1% of it that ranks customers better wins instead.</summary>
    internal static int Choose(IReadOnlyList<ValueAccuracy> models)
    {
        var lowest = models.Min(m => m.MeanAbsoluteError);
        var close = Enumerable.Range(0, models.Count).Where(i => models[i].MeanAbsoluteError <= 1.01 * lowest);
        return close.OrderByDescending(i => models[i].Spearman).ThenBy(i => models[i].MeanAbsoluteError).ThenBy(i => i).First();
    }

    private static string Why(IReadOnlyList<ValueAccuracy> models, string chosen, int h)
    {
        if (models.Count == 1)
            return $"Too few customers to train {CustomerAnalysis.TreesName}; {chosen} is used (off by {models[0].MeanAbsoluteError:N0} " +
                $"a customer on average over the last {h} days).";
        var used = models.Single(m => m.Method == chosen);
        var others = models.Where(m => m != used).Select(m => $"{m.Method} by {m.MeanAbsoluteError:N0} ({m.Spearman:0.00})");
        return $"Tested on the last {h} days: {chosen} was off by {used.MeanAbsoluteError:N0} a customer on average "
            + $"(rank correlation {used.Spearman:0.00}), {string.Join(", ", others)}.";
    }
}
