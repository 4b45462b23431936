using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class AlertsJourneyTests(BrowserFixture browser, TrainedDemoShop shop) : IClassFixture<TrainedDemoShop>
{
    [Fact]
    public async Task The_owner_sees_the_demo_shops_alerts_dismisses_one_and_it_stays_dismissed_after_training_again()
    {
        var page = await browser.Browser.NewPageAsync();
        var alerts = new AlertsPageObject(page, shop.App.BaseUrl);
        await alerts.OpenAsync("");

        // The chips count the last 28 days of sales (the bUnit tests check the counting); the Alerts page lists both of the
        // demo shop's alerts (a week without sales of P-GIF-04 and P-TEA-08's spike on 5 November 2025).
        await Assertions.Expect(alerts.Panel.Locator("[data-testid=alerts-panel-recent]")).ToContainTextAsync("of your last 28 days of sales");
        await Assertions.Expect(alerts.Count("drop")).ToContainTextAsync("Sales drop: ");
        await Assertions.Expect(alerts.PanelItems.First).ToContainTextAsync("Sold");
        await alerts.Panel.Locator("[data-testid=alerts-panel-all]").ClickAsync();
        await Assertions.Expect(alerts.Rows).ToHaveCountAsync(2);
        var first = await alerts.Reasons.First.InnerTextAsync();
        // Each row names its product (the demo shop's names, e.g. "Jasmine pearls 50g"), with the id beneath.
        var product = page.Locator("[data-testid=alert-product]").First;
        await Assertions.Expect(product).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"[a-z]{3,}[\s\S]*P-[A-Z]{3}-\d\d"));

        await alerts.DismissFirstAsync();
        await Assertions.Expect(alerts.Rows).ToHaveCountAsync(1);
        await Assertions.Expect(alerts.Reasons.First).Not.ToHaveTextAsync(first);

        await alerts.OpenAsync();
        await Assertions.Expect(alerts.Rows).ToHaveCountAsync(1);
        var retrained = TrainingFinished();
        await alerts.TrainAgainAsync();
        Assert.Equal(JobStatus.Succeeded, (await retrained.WaitAsync(TimeSpan.FromMinutes(2))).Status);
        await alerts.OpenAsync();
        await Assertions.Expect(alerts.Rows).ToHaveCountAsync(1);

        await alerts.ShowDismissedAsync();
        await Assertions.Expect(alerts.Rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=alert-restore]")).ToHaveCountAsync(1);
    }

    /// <summary>Completes when the next training job finishes (the job notifier, not a clock).</summary>
    private Task<JobRecord> TrainingFinished()
    {
        var finished = new TaskCompletionSource<JobRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable? subscription = null;
        subscription = shop.App.Services.GetRequiredService<JobNotifier>().Subscribe(job =>
        {
            if (job.Kind == "train" && job.IsFinished && finished.TrySetResult(job)) subscription?.Dispose();
            return Task.CompletedTask;
        });
        return finished.Task;
    }
}
