using System.Globalization;
using System.Text.RegularExpressions;
using MerchantInsights.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Tests.Charts;

/// <summary>
/// The still drawing of a chart made on the server (issue 17), drawn at 1000 × 340 with the plot between x 70 and 980 and
/// between y 30 (top) and 290 (bottom), so every coordinate below is worked out by hand.
/// </summary>
public sealed partial class ChartPreviewTests
{
    [Fact]
    public void A_line_over_days_spans_the_plot_from_its_first_to_its_last_day()
    {
        var svg = ChartPreview.Svg([new Scatter { Name = "Units", Mode = ModeFlag.Lines, X = ["2025-01-01", "2025-01-03"], Y = [0d, 10d] }],
            "Day", "Units");

        Assert.Contains("<polyline points=\"70,290 980,30\"", svg, StringComparison.Ordinal);
        Assert.Contains(">1 Jan 25</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Day</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Units</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_stand_on_zero_in_equal_slots_and_stack_when_two_traces_share_a_place()
    {
        var single = ChartPreview.Svg([new Bar { X = ["Mon", "Tue"], Y = [2d, 4d] }], "Weekday", "Units");
        // Two slots of 455 each, bars 80% of a slot (364) wide, centred at 297.5 and 752.5; y = 290 − value × 65.
        Assert.Contains("<rect x=\"115.5\" y=\"160\" width=\"364\" height=\"130\"", single, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"570.5\" y=\"30\" width=\"364\" height=\"260\"", single, StringComparison.Ordinal);

        var stacked = ChartPreview.Svg([new Bar { X = ["Mon"], Y = [1d] }, new Bar { X = ["Mon"], Y = [2d] }], "", "");
        // One slot of 910 (bars 728 wide from 161); the axis runs 0–3, so the second bar goes from 1 (y 203.3) to 3 (y 30).
        Assert.Contains("<rect x=\"161\" y=\"203.3\" width=\"728\" height=\"86.7\"", stacked, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"161\" y=\"30\" width=\"728\" height=\"173.3\"", stacked, StringComparison.Ordinal);
    }

    [Fact]
    public void Horizontal_bars_grow_from_the_left_with_their_categories_down_the_side()
    {
        var svg = ChartPreview.Svg([new Bar { Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H, X = [5d, 10d], Y = ["Mug", "Tea"] }],
            "Revenue", "");
        // x runs 0–10 over 910; the two slots are 130 tall, bars 104 tall; as in plotly the first category is at the bottom
        // (centred at y 225), the second above it (y 95).
        Assert.Contains("<rect x=\"70\" y=\"173\" width=\"455\" height=\"104\"", svg, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"70\" y=\"43\" width=\"910\" height=\"104\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_category_names_get_room_on_the_left_and_are_cut_to_28_characters()
    {
        var name = "SET OF 3 CAKE TINS PANTRY DESIGN (22720)"; // 40 characters
        var svg = ChartPreview.Svg([new Bar { Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H, X = [5d], Y = [name] }], "", "");
        // 12 + 7.5 × 28 = 222: the bar starts there, and the label ends 6 to its left.
        Assert.Contains("<rect x=\"222\"", svg, StringComparison.Ordinal);
        Assert.Contains("<text x=\"216\" y=\"160\" text-anchor=\"end\" dy=\"4\">SET OF 3 CAKE TINS PANTRY D…</text>", svg,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_fills_between_its_lower_and_upper_edges_and_an_invisible_edge_draws_no_line()
    {
        var svg = ChartPreview.Svg(
        [
            new Scatter { Mode = ModeFlag.Lines, X = ["2025-01-01", "2025-01-02"], Y = [1d, 1d], Line = new Line { Width = 0 } },
            new Scatter { Mode = ModeFlag.Lines, X = ["2025-01-01", "2025-01-02"], Y = [3d, 3d], Line = new Line { Width = 0 },
                Fill = FillEnum.ToNextY, FillColor = ChartPalette.Band80 },
        ], "", "");

        Assert.Contains($"<polygon points=\"70,30 980,30 980,290 70,290\" fill=\"{ChartPalette.Band80}\"/>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<polyline", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Dots_are_drawn_for_a_markers_trace_and_names_are_escaped_in_the_legend()
    {
        var svg = ChartPreview.Svg([new Scatter { Name = "<b>Past & now</b>", Mode = ModeFlag.Markers, X = [1d, 2d, 3d], Y = [1d, 2d, 3d] }],
            "Price", "Units");

        Assert.Equal(3, CircleTag().Matches(svg).Count);
        Assert.Contains("&lt;b&gt;Past &amp; now&lt;/b&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinates_are_written_the_same_under_any_server_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var svg = ChartPreview.Svg([new Bar { X = ["Mon", "Tue"], Y = [2d, 4d] }], "", "");
            Assert.Contains("x=\"115.5\"", svg, StringComparison.Ordinal);
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void Nothing_to_draw_gives_no_drawing() =>
        Assert.Equal("", ChartPreview.Svg([new Scatter { X = [], Y = [] }], "", ""));

    [GeneratedRegex("<circle ")]
    private static partial Regex CircleTag();
}
