using MerchantInsights.Analytics.Recommendations;
using MerchantInsights.Web.Components.Pages.Recommendations;
using Plotly.Blazor.Traces;

namespace MerchantInsights.Web.Tests.Recommendations;

public sealed class RecommendationChartsTests
{
    [Fact]
    public void Partners_that_share_a_name_get_a_row_each()
    {
        TogetherPair Pair(string other, int rank) => new("A", rank, other, 3, 0.1, 0.5, 4, 0.01, "test");
        var names = new Dictionary<string, string> { ["B1"] = "ROSE CUSHION", ["B2"] = "ROSE CUSHION", ["C"] = "MUG" };
        var bar = (Bar)RecommendationCharts.Lift([Pair("B1", 1), Pair("B2", 2), Pair("C", 3)], id => names[id])[0];
        Assert.Equal(["MUG", "ROSE CUSHION (B2)", "ROSE CUSHION (B1)"], bar.Y.Cast<string>());
    }
}
