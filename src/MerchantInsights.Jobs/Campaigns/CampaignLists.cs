using System.Text.Json;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Jobs.Campaigns;

/// <summary>
/// Campaign lists for an e-mail tool: the audience's customers, most valuable first, each with their top product
/// suggestions from the recommendation model — or, before recommendations are trained, the best sellers of the
/// category they buy most that they have not bought yet. Streams: memory stays flat whatever the audience size.
/// </summary>
public sealed class CampaignLists(ModelStore models, ShopOverview overview)
{
    public const string Header = "customer_id,segment,predicted_value_90d,rank,product_id,product_name,source";
    public const int MaxSuggestions = 10;
    private const int PageSize = 500;

    public async IAsyncEnumerable<CampaignRow> RowsAsync(CampaignAudience audience, int suggestions,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (suggestions is < 1 or > MaxSuggestions) throw new
            ArgumentException($"Suggestions per customer must be between 1 and {MaxSuggestions}, not {suggestions}.");
        var segments = await models.CurrentAsync<JsonElement>(ModelKinds.CustomerSegments, ct)
            ?? throw new ModelNotTrainedException("customer segments");
        var picks = await models.CurrentAsync<JsonElement>(ModelKinds.Recommendations, ct);
        var fallback = picks is null ? await CategoryBestSellers.LoadAsync(overview, ct) : null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var segment in audience.Segments)
            for (var skip = 0; ; skip += PageSize)
            {
                var (_, page) = await models.PageAsync<CustomerProfile>(segments.Id, CustomerPages.Prefix(segment), skip, PageSize, ct);
                foreach (var customer in page.Select(p => p.Value).Where(audience.Includes))
                {
                    var name = SegmentRules.RuleFor(customer.Segment).Name;
                    var chosen = picks is not null
                        ? ((await models.ItemAsync<List<CustomerPick>>(picks.Id, customer.CustomerId, ct)) ?? []).OrderBy(p => p.Rank)
                            .Take(suggestions)
                            .Select(p => (p.ProductId, "recommendations")).ToList()
                        : await fallback!.ForAsync(customer.CustomerId, suggestions, ct);
                    var rank = 0;
                    foreach (var (productId, source) in chosen)
                        yield return new CampaignRow(customer.CustomerId, name, customer.PredictedValue, ++rank, productId,
                            await NameAsync(names, productId, ct), source);
                }
                if (page.Count < PageSize) break;
            }
    }

    public async Task<int> WriteAsync(CampaignAudience audience, int suggestions, TextWriter writer, CancellationToken ct)
    {
        await writer.WriteLineAsync(Header);
        var rows = 0;
        await foreach (var r in RowsAsync(audience, suggestions, ct))
        {
            await writer.WriteLineAsync(string.Join(',', CsvText.Field(r.CustomerId), CsvText.Field(r.Segment),
                CsvText.Money((double)r.PredictedValue),
                r.Rank, CsvText.Field(r.ProductId), CsvText.Field(r.ProductName), CsvText.Field(r.Source)));
            rows++;
        }
        return rows;
    }

    private async Task<string> NameAsync(Dictionary<string, string> names, string productId, CancellationToken ct) =>
        names.TryGetValue(productId, out var known) ? known : names[productId] = (await overview.ProductAsync(productId, ct))?.Name
            ?? productId;
}
