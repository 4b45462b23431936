using System.Text.Json;
using MerchantInsights.Analytics.Customers;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Campaigns;
using MerchantInsights.Jobs.Training;

namespace MerchantInsights.Web.Components.Pages.Customers;

/// <summary>
/// The customers page: the current customer model's summary, one segment's customers a page at a time (read from the
/// store by key range, so 100,000 customers cost no more than 1,000), the at-risk customers worth most, and campaign previews.
/// </summary>
public sealed class CustomersPageState(ModelStore models, CampaignLists campaigns)
{
    public const int AtRiskShown = 20;
    public const int CampaignPreviewRows = 30;
    private long? _segmentsVersion;

    public CurrentModel<CustomerSummary>? Model { get; private set; }
    public Segment? Selected { get; private set; }
    public IReadOnlyList<CustomerProfile> AtRisk { get; private set; } = [];
    public CampaignAudience Audience { get; private set; } = CampaignAudience.All[0];
    public IReadOnlyList<CampaignRow> CampaignPreview { get; private set; } = [];

    /// <summary>The recency × frequency chart's traces, built once per model (a new list on every render would redraw it).</summary>
    public IList<Plotly.Blazor.ITrace> RecencyFrequency { get; private set; } = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        Model = await models.CurrentAsync<CustomerSummary>(ModelKinds.Customers, ct);
        RecencyFrequency = Model is null ? [] : CustomerCharts.RecencyFrequency(Model.Summary.Sample);
        _segmentsVersion = (await models.CurrentAsync<JsonElement>(ModelKinds.CustomerSegments, ct))?.Id;
        var atRisk = new List<CustomerProfile>();
        foreach (var segment in new[] { Segment.CantLoseThem, Segment.AtRisk })
            atRisk.AddRange((await PageAsync(segment, 0, AtRiskShown, ct)).Rows);
        AtRisk = atRisk.OrderByDescending(c => c.PredictedValue).Take(AtRiskShown).ToList();
    }

    public void Select(Segment? segment) => Selected = segment;

    /// <summary>One page of a segment's customers, the highest predicted value first, and the segment's size.</summary>
    public async Task<(int Total, IReadOnlyList<CustomerProfile> Rows)> PageAsync(Segment segment, int skip, int take, CancellationToken ct)
    {
        if (_segmentsVersion is not { } version) return (0, []);
        var (total, page) = await models.PageAsync<CustomerProfile>(version, CustomerPages.Prefix(segment), skip, take, ct);
        return (total, page.Select(p => p.Value).ToList());
    }

    public async Task PreviewCampaignAsync(CampaignAudience audience, int suggestions, CancellationToken ct)
    {
        Audience = audience;
        var rows = new List<CampaignRow>();
        if (Model is not null)
            await foreach (var row in campaigns.RowsAsync(audience, suggestions, ct))
                if (rows.Count < CampaignPreviewRows) rows.Add(row); else break;
        CampaignPreview = rows;
    }

    /// <summary>The segment's share of all customers' spend so far (0 when the shop has none).</summary>
    public double RevenueShare(SegmentTotal segment)
    {
        var total = Model?.Summary.Segments.Sum(s => Math.Max(0, s.Spend)) ?? 0;
        return total <= 0 ? 0 : (double)(Math.Max(0, segment.Spend) / total);
    }
}
