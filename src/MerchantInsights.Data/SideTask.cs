namespace MerchantInsights.Data;

/// <summary>Work started beside the caller's (a reading thread, a hash, a write on the shared connection).</summary>
internal static class SideTask
{
    /// <summary>Completes when <paramref name="task"/> has ended, however it ended: wait on this in a <c>finally</c> so the side work is
    /// never left running with the caller's connection or file, then <c>await</c> the task itself where its failure should count.</summary>
    public static Task Ended(this Task task) => task.ContinueWith(_ => { }, TaskScheduler.Default);
}
