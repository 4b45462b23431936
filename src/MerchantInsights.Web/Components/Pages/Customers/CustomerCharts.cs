using MerchantInsights.Analytics.Customers;
using MerchantInsights.Jobs.Training;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Pages.Customers;

/// <summary>The recency × frequency scatter, one trace (colour and legend entry) per segment.</summary>
public static class CustomerCharts
{
    public static IList<ITrace> RecencyFrequency(IReadOnlyList<CustomerPoint> sample) =>
        sample.GroupBy(p => p.Segment).OrderBy(g => g.Key).Select(g => (ITrace)new Scatter
        {
            Name = SegmentRules.RuleFor(g.Key).Name, Mode = ModeFlag.Markers, Opacity = 0.7m,
            X = g.Select(p => (object)p.RecencyDays).ToList(), Y = g.Select(p => (object)p.Orders).ToList(),
            TextArray = g.Select(p => Charts.ChartText.Label(p.CustomerId)).ToList(),
        }).ToList();
}
