namespace MerchantInsights.Plausibility.Bench;

/// <summary>One plausibility check: its fixed label, how many rows or products fail it, and the first offenders in words.</summary>
public sealed record CheckResult(string Label, int Count, IReadOnlyList<string> Examples)
{
    public const int ExamplesShown = 10;

    public static CheckResult Of<T>(string label, IReadOnlyCollection<T> offenders, Func<T, string> describe) =>
        new(label, offenders.Count, offenders.Take(ExamplesShown).Select(describe).ToList());
}
