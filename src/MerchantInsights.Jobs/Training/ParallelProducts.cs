using System.Collections.Concurrent;

namespace MerchantInsights.Jobs.Training;

/// <summary>Trains one model per item on all cores, reporting "n of N" progress and honouring cancellation.</summary>
internal static class ParallelProducts
{
    public static IReadOnlyDictionary<string, TResult> Run<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, string> key,
        Func<TItem, TResult> train, string verb, IProgress<StepProgress> progress, CancellationToken ct)
    {
        var results = new ConcurrentDictionary<string, TResult>(StringComparer.Ordinal);
        var done = 0;
        var gate = new Lock();
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(items, options, item =>
        {
            results[key(item)] = train(item);
            var n = Interlocked.Increment(ref done);
            lock (gate) progress.Report(new StepProgress((double)n / items.Count, $"{verb} product {n:N0} of {items.Count:N0}"));
        });
        return results;
    }
}
