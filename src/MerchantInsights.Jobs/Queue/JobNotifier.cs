using MerchantInsights.Data.Jobs;

namespace MerchantInsights.Jobs.Queue;

/// <summary>In-process announcements of job changes; pages subscribe and dispose the subscription with the component.</summary>
public sealed class JobNotifier
{
    private readonly Lock _gate = new();
    private readonly List<Func<JobRecord, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<JobRecord, Task> onChanged)
    {
        lock (_gate) _subscribers.Add(onChanged);
        return new Subscription(() => { lock (_gate) _subscribers.Remove(onChanged); });
    }

    public async Task PublishAsync(JobRecord snapshot)
    {
        Func<JobRecord, Task>[] targets;
        lock (_gate) targets = [.. _subscribers];
        foreach (var target in targets)
        {
            // One broken page (a closed circuit throws whatever it throws) must not fail the job or keep others from hearing.
            try { await target(snapshot); }
            catch (Exception e) when (e is not OutOfMemoryException) { }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
