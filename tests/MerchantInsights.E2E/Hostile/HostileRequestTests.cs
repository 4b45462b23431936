using System.Net;
using MerchantInsights.E2E.Infrastructure;
using MerchantInsights.E2E.Pages;
using Microsoft.Playwright;

namespace MerchantInsights.E2E.Hostile;

/// <summary>
/// Issue 16, against the real app started as the README's run command starts it (Production): foreign pages and
/// hostile requests get a refusal in words, never data, a frame or a 500.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileRequestTests(BrowserFixture browser) : IDisposable
{
    private readonly AppServer _app = new("Production");
    private readonly HttpClient _http = new();

    private Task<HttpResponseMessage> GetAsync(string path, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _app.BaseUrl + path);
        if (host is not null) request.Headers.Host = host;
        return _http.SendAsync(request);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:5000")]
    [InlineData("192.168.1.20")]
    public async Task A_request_naming_another_host_is_refused_so_a_rebound_page_reads_nothing(string host)
    {
        using var response = await GetAsync("/exports/recommendations.csv", host);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("customer_id", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task This_computers_own_names_are_answered(string host)
    {
        using var response = await GetAsync("/jobs", host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/exports/prices.csv")]
    public async Task Every_response_forbids_framing_sniffing_and_referrers(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("recommendations", 0)]
    [InlineData("together", 51)]
    [InlineData("recommendations", -3)]
    public async Task An_export_asking_for_k_outside_1_to_50_is_a_400_that_says_why(string kind, int k)
    {
        using var response = await GetAsync($"/exports/{kind}.csv?k={k}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"k must be between 1 and 50, not {k}: the number of picks per customer (recommendations) or partners per product (together). Ask for k=10, for example.",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_export_before_training_is_a_404_that_says_what_to_do()
    {
        using var response = await GetAsync("/exports/forecasts.csv");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There are no forecasts yet: run `train` (or press Train on the dashboard) after importing sales.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_load_without_script_errors_in_the_browser_console()
    {
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };

        await new OverviewPageObject(page, _app.BaseUrl).OpenAsync();
        await Assertions.Expect(page.Locator("[data-testid=load-demo]")).ToBeVisibleAsync();
        await page.GotoAsync(_app.BaseUrl + "/upload");
        await UploadPageObject.WaitForCircuitAsync(page);

        lock (errors) Assert.Empty(errors);
    }

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }
}
