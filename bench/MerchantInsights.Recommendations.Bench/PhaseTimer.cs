using System.Diagnostics;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>Synchronous progress sink that records when each progress value was reported (to see where training time goes).</summary>
internal sealed class PhaseTimer : IProgress<double>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<string> _marks = [];

    public void Report(double value) => _marks.Add($"{value:P0}@{_watch.Elapsed.TotalSeconds:0.0}s");

    public override string ToString() => string.Join(" ", _marks);
}
