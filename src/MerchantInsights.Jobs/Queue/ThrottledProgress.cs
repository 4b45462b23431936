namespace MerchantInsights.Jobs.Queue;

/// <summary>Forwards progress to storage at most every 300 ms (the last value is always written on flush).</summary>
internal sealed class ThrottledProgress(Func<JobProgress, Task> write, IProgress<JobProgress>? echo, TimeProvider clock)
    : IProgress<JobProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);
    private readonly Lock _gate = new();
    private DateTimeOffset _lastWrite = DateTimeOffset.MinValue;
    private JobProgress? _pending;
    private Task _writing = Task.CompletedTask;

    public void Report(JobProgress value)
    {
        echo?.Report(value);
        lock (_gate)
        {
            _pending = value;
            var now = clock.GetUtcNow();
            if (now - _lastWrite < Interval || !_writing.IsCompleted) return;
            _lastWrite = now;
            _pending = null;
            // Off the caller's thread: the caller may be an import loop holding the database's write lock.
            _writing = Task.Run(() => write(value));
        }
    }

    public async Task FlushAsync()
    {
        Task writing;
        JobProgress? pending;
        lock (_gate) { writing = _writing; pending = _pending; _pending = null; }
        await writing;
        if (pending is { } p) await write(p);
    }
}
