using MerchantInsights.Analytics.Recommendations;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace MerchantInsights.Web.Components.Pages.Recommendations;

/// <summary>Lift bars for a product's partners, and the offline evaluation of every recommender candidate.</summary>
public static class RecommendationCharts
{
    public static IList<ITrace> Lift(IReadOnlyList<TogetherPair> pairs, Func<string, string> name)
    {
        var ordered = pairs.OrderByDescending(p => p.Rank).ToList(); // horizontal bars draw bottom-up: best partner on top
        // Two products may share a name (Online Retail has several); Plotly would merge their bars into one row.
        var shared = ordered.GroupBy(p => name(p.OtherProductId)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        string Label(string id) => shared.Contains(name(id)) ? $"{name(id)} ({id})" : name(id);
        return
        [
            new Bar
            {
                Name = "Lift (× more often than chance)", Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
                X = ordered.Select(p => (object)p.Lift).ToList(),
                    Y = ordered.Select(p => (object)Charts.ChartText.Label(Label(p.OtherProductId))).ToList(),
                TextArray = ordered.Select(p => $"{p.SupportOrders} orders").ToList(),
            },
        ];
    }

    public static IList<ITrace> Evaluation(IReadOnlyList<ModelEvaluation> evaluations)
    {
        var x = evaluations.Select(e => (object)e.Model).ToList();
        return
        [
            new Bar { Name = $"Hit rate @{RecommendationOptions.EvaluatedPicks}", X = x, Y = evaluations.Select(e => (object)e.HitRate10)
                .ToList() },
            new Bar { Name = $"NDCG @{RecommendationOptions.EvaluatedPicks}", X = x, Y = evaluations.Select(e => (object)e.Ndcg10)
                .ToList() },
        ];
    }
}
