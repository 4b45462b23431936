using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.E2E.Infrastructure;

/// <summary>
/// One app with the demo shop imported and trained (the import queues training, as after any upload), shared by the
/// tests that look at forecasts, prices and recommendations. Waits on the job notifier, not on a clock.
/// </summary>
public sealed class TrainedDemoShop : IAsyncLifetime
{
    public AppServer App { get; } = new();

    public async Task InitializeAsync()
    {
        var notifier = App.Services.GetRequiredService<JobNotifier>();
        var trained = new TaskCompletionSource<JobRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = notifier.Subscribe(job =>
        {
            if (job.IsFinished && (job.Kind == "train" || job.Status != JobStatus.Succeeded)) trained.TrySetResult(job);
            return Task.CompletedTask;
        });
        await App.Services.GetRequiredService<DemoShop>().LoadAsync(CancellationToken.None);
        var last = await trained.Task.WaitAsync(TimeSpan.FromMinutes(3));
        if (last.Status != JobStatus.Succeeded) throw new InvalidOperationException($"{last.Title} ended {last.Status}: {last.Error}");
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
