using Bunit;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Jobs.Queue;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Testing;
using MerchantInsights.Web.Components.Pages.Forecast;
using MerchantInsights.Web.Components.Pages.Pricing;
using MerchantInsights.Web.Components.Pages.Recommendations;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantInsights.Web.Tests.Models;

public sealed class ModelPagesTests : WebPageTests
{
    [Fact]
    public void Before_training_each_model_page_says_what_to_do_and_offers_train_now()
    {
        var forecast = Render<ForecastPage>();
        forecast.WaitForAssertion(() => Assert.Contains("No forecasts yet", forecast.Find("[data-testid=forecast-empty]").TextContent));
        Assert.Contains("Train now", forecast.Find("[data-testid=train-now]").TextContent);
        Assert.Contains("No forecasts yet", forecast.Find("[data-testid=model-freshness]").TextContent);

        var pricing = Render<PricingPage>();
        pricing.WaitForAssertion(() => pricing.Find("[data-testid=pricing-empty]"));
        var recommendations = Render<RecommendationsPage>();
        recommendations.WaitForAssertion(() => recommendations.Find("[data-testid=recommendations-empty]"));
    }

    [Fact]
    public async Task Train_now_queues_a_background_training_job_for_that_page()
    {
        var page = Render<PricingPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=train-now]"));
        await page.Find("[data-testid=train-now]").ClickAsync(new());

        var jobs = await Get<JobStore>().RecentAsync(5, CancellationToken.None);
        var job = Assert.Single(jobs, j => j.Kind == TrainJobHandler.JobKind);
        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Contains("\"pricing\"", job.PayloadJson);
        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=train-now]").HasAttribute("disabled")));
    }

    [Fact]
    public async Task After_training_the_forecast_page_explains_the_forecast_and_lists_the_portfolio()
    {
        await ImportAndTrainAsync("forecast",
            Enumerable.Range(0, 20).Select(d => $"O{d},2026-01-{d + 1:00} 10:00:00,C1,MUG,Enamel mug,Kitchen,{1 + d % 3},5.00,2.00"));

        var page = Render<ForecastPage>();

        page.WaitForAssertion(() => Assert.Contains("1 products forecast for the 28 days after 20 Jan 2026", page.Find("[data-testid=forecast-summary]").TextContent));
        Assert.Contains("Only 20 days of history", page.Find("[data-testid=forecast-method]").TextContent);
        Assert.Contains("Enamel mug", page.Find("[data-testid=forecast-portfolio]").TextContent);
        Assert.Contains("Forecasts trained", page.Find("[data-testid=model-freshness]").TextContent);
    }

    [Theory]
    [InlineData(0.7, 1.0, "Our forecast is 30% more accurate than repeating last week")]
    [InlineData(1.1, 1.0, "Repeating last week was 10% more accurate in back-tests")]
    [InlineData(1.0, 1.0, "Our forecast is as accurate as repeating last week")]
    [InlineData(double.NaN, 1.0, "Not enough history to measure accuracy")]
    public void Accuracy_is_told_against_repeating_last_week(double mase, double naive, string expected) =>
        Assert.StartsWith(expected, AccuracyText.Versus(mase, naive).Replace("\u00a0", "").Replace(" %", "%"));
}
