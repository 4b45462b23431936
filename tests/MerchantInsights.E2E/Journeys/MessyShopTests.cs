using MerchantInsights.Data.Jobs;
using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using MerchantInsights.Jobs.Import;
using MerchantInsights.Jobs.Queue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class MessyShopTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppServer _app = new();

    public async Task InitializeAsync()
    {
        var notifier = _app.Services.GetRequiredService<JobNotifier>();
        var trained = new TaskCompletionSource<JobRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = notifier.Subscribe(job =>
        {
            if (job.IsFinished && (job.Kind == "train" || job.Status != JobStatus.Succeeded)) trained.TrySetResult(job);
            return Task.CompletedTask;
        });
        var file = MessyShop.Write(Path.Combine(_app.DataFolder, "in"));
        var stored = await _app.Services.GetRequiredService<MerchantInsights.Data.Import.UploadStore>().SaveCopyAsync(file, CancellationToken.None);
        await _app.Services.GetRequiredService<ImportService>().QueueAsync(new ImportJobPayload(stored, "messy-shop.csv", null), CancellationToken.None);
        var last = await trained.Task.WaitAsync(TimeSpan.FromMinutes(3));
        if (last.Status != JobStatus.Succeeded) throw new InvalidOperationException($"{last.Title} ended {last.Status}: {last.Error}");
    }

    [Fact]
    public async Task A_messy_export_opens_every_page_on_a_real_product_with_plausible_numbers()
    {
        var page = await browser.Browser.NewPageAsync();
        var model = new ModelPageObject(page, _app.BaseUrl);

        await model.OpenAsync("");
        await Assertions.Expect(page.Locator("[data-testid=kpi-products]")).ToHaveTextAsync("3");   // postage and the gift card are not products

        await model.OpenAsync("forecast");
        await Assertions.Expect(page.Locator("[data-testid=chart-forecast] h6")).ToContainTextAsync(MessyShop.TopProduct);
        await Assertions.Expect(model.GridRows("forecast-portfolio")).ToHaveCountAsync(3);   // the three products; no postage, no gift card
        await Assertions.Expect(model.Part("forecast-portfolio")).Not.ToContainTextAsync("POSTAGE");
        await Assertions.Expect(model.Part("forecast-portfolio")).Not.ToContainTextAsync("80,995");

        await model.OpenAsync("pricing");
        await Assertions.Expect(model.Part("pricing-whatif")).ToContainTextAsync("units a day");
        await Assertions.Expect(model.Part("pricing-table")).ToContainTextAsync(MessyShop.TopProduct);
        await Assertions.Expect(model.GridRows("pricing-table").First).ToContainTextAsync(MessyShop.TopProduct);
        await Assertions.Expect(model.Part("pricing-table")).Not.ToContainTextAsync("POSTAGE");

        await model.OpenAsync("recommendations");
        await Assertions.Expect(model.Part("tab-together")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("POSTAGE");

        await model.OpenAsync("products");
        var postage = page.Locator("[data-testid=products-table] tbody tr", new() { HasText = "POSTAGE" });
        await Assertions.Expect(postage.Locator("[data-testid=not-merchandise]")).ToBeVisibleAsync();
        await Assertions.Expect(postage).ToContainTextAsync("shipping or postage charge");

        await page.GotoAsync(_app.BaseUrl + "/product?id=TOWEL-02");
        await UploadPageObject.WaitForCircuitAsync(page);
        await Assertions.Expect(model.Part("one-off")).ToContainTextAsync("One order of 2,400 on 30 Jun 2026 (2,400× this product's usual order of 1) was left out as a one-off");
        await Assertions.Expect(model.Part("clean-demand")).ToContainTextAsync("Forecasts and prices learn from");

        await page.GotoAsync(_app.BaseUrl + "/product?id=SPOON-03");
        await Assertions.Expect(model.Part("clean-demand")).ToContainTextAsync("orders cancelled soon after");
    }

    [Fact]
    public async Task The_owner_moves_a_product_out_of_merchandise_and_includes_a_one_off_which_re_trains()
    {
        var page = await browser.Browser.NewPageAsync();
        var model = new ModelPageObject(page, _app.BaseUrl);
        await model.OpenAsync("products");
        var spoon = page.Locator("[data-testid=products-table] tbody tr", new() { HasText = "Brass spoon" });
        await spoon.Locator("[data-testid=mark-not-merchandise]").ClickAsync();
        await Assertions.Expect(model.Part("class-changed")).ToBeVisibleAsync();
        await Assertions.Expect(spoon.Locator("[data-testid=not-merchandise]")).ToBeVisibleAsync();

        await model.OpenAsync("product?id=TOWEL-02");
        await model.Part("include-one-off").ClickAsync();
        await Assertions.Expect(model.Part("one-off")).ToContainTextAsync("You included");

        var decisions = await _app.Services.GetRequiredService<MerchantInsights.Data.Storage.SalesDatabase>().OpenConnectionAsync(CancellationToken.None);
        await using var cmd = decisions.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM DemandDecisions";
        Assert.Equal(2L, await cmd.ExecuteScalarAsync());
        await Assertions.Expect(page.GetByText("being trained again")).ToBeVisibleAsync();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
