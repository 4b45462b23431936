using System.Globalization;
using System.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace MerchantInsights.Web.Components.Charts;

/// <summary>
/// A still SVG drawing of a chart's traces, made on the server, so the page's first paint already shows the chart
/// (lines, bands, bars, dots, axes with a few ticks) while plotly.js loads and draws the interactive one over it
/// (issue 17). It reads the same traces Plotly gets; what it cannot draw it leaves out.
/// </summary>
public static class ChartPreview
{
    public const int Width = 1000;
    public const int Height = 340;
    private const int MinLeft = 70, Right = 20, Top = 30, Bottom = 50, MaxLabel = 28;
    private const int MaxPointsPerTrace = 1500;
    // plotly's own default colours, in its order, so a trace keeps its colour when the live chart takes over.
    private static readonly string[] Colours =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>The SVG markup, or empty when there is nothing to draw; <paramref name="width"/> is the drawing's width for a height
    /// of <see cref="Height"/> (about the card's own proportions, so text is not shrunk in a half-width card).</summary>
    public static string Svg(IList<ITrace> traces, string xTitle, string yTitle, int width = Width) =>
        new Drawing(width).Svg(traces, xTitle, yTitle);

    private sealed class Drawing(int width)
    {
        public string Svg(IList<ITrace> traces, string xTitle, string yTitle)
        {
            var series = traces.Select(Read).OfType<Series>().ToList();
            if (series.Count == 0 || series.All(s => s.Points.Count == 0)) return "";
            // Bars stand on zero: the value axis (y, or x for horizontal bars) includes it.
            var x = Axis.For(series.SelectMany(s => s.Points.Select(p => p.X)),
                includeZero: series.Any(s => s.Kind == Kind.Bar && s.Horizontal));
            var y = Axis.For(series.SelectMany(s => s.Points.Select(p => p.Y)),
                includeZero: series.Any(s => s.Kind == Kind.Bar && !s.Horizontal));
            if (series.Any(s => s.Kind == Kind.Bar)) StackBars(series, x, y);
            // Category names down the side (top products) need room: as plotly's automargin, up to 45% of the width.
            if (y.Categorical) Left = Math.Clamp(12 + 7.5 * y.Labels.Max(l => l.Length), MinLeft, width * 0.45);
            var svg = new StringBuilder();
            svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-preview\" viewBox=\"0 0 {width} {Height}\" ")
                .Append("preserveAspectRatio=\"xMidYMid meet\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" ")
                .Append("font-family=\"sans-serif\" font-size=\"12\" fill=\"#444\">");
            DrawAxes(svg, x, y, xTitle, yTitle);
            DrawLegend(svg, series);
            Series? previous = null;
            for (var i = 0; i < series.Count; i++)
            {
                var s = series[i];
                var colour = s.Colour ?? Colours[i % Colours.Length];
                if (s.Kind == Kind.Bar) DrawBars(svg, s, x, y, colour);
                else DrawScatter(svg, s, previous, x, y, colour);
                if (s.Kind != Kind.Bar) previous = s;
            }
            return svg.Append("</svg>").ToString();
        }

        private double Left { get; set; } = MinLeft;

        private double Px(Axis x, Value v) => Left + x.Fraction(v) * (width - Left - Right);

        private static double Py(Axis y, Value v) => Height - Bottom - y.Fraction(v) * (Height - Top - Bottom);

        private void DrawAxes(StringBuilder svg, Axis x, Axis y, string xTitle, string yTitle)
        {
            foreach (var (value, label) in y.Ticks(y.Categorical ? (Height - Top - Bottom) / 14 : 5))
            {
                var py = F(Py(y, value));
                svg.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{F(Left)}\" x2=\"{width - Right}\" y1=\"{py}\" y2=\"{py}\" stroke=\"#eee\"/>")
                    .Append(CultureInfo.InvariantCulture,
                        $"<text x=\"{F(Left - 6)}\" y=\"{py}\" text-anchor=\"end\" dy=\"4\">{Esc(label)}</text>");
            }
            var xTicks = x.Categorical ? (int)((width - Left - Right) / (8 + 7 * x.Labels.Max(l => l.Length))) : width / 140;
            foreach (var (value, label) in x.Ticks(Math.Max(3, xTicks)))
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{F(Px(x, value))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Esc(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{F(Left)}\" x2=\"{width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>")
                .Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{F((Left + width - Right) / 2)}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Esc(xTitle)}</text>")
                .Append(CultureInfo.InvariantCulture,
                    $"<text transform=\"translate(14 {(Top + Height - Bottom) / 2}) rotate(-90)\" " +
                        $"text-anchor=\"middle\">{Esc(yTitle)}</text>");
        }

        /// <summary>The traces' names and colours in a row above the plot, as plotly's legend shows them.</summary>
        private void DrawLegend(StringBuilder svg, List<Series> series)
        {
            var x = (double)Left;
            var shown = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < series.Count; i++)
            {
                var name = series[i].Name;
                if (!series[i].InLegend || string.IsNullOrEmpty(name) || !shown.Add(name) || x > width - 100) continue;
                var colour = series[i].FillToPrevious ? series[i].FillColour ?? ChartPalette.BandAlone : series[i].Colour
                    ?? Colours[i % Colours.Length];
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"6\" width=\"18\" height=\"8\" fill=\"{Esc(colour)}\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 24)}\" y=\"14\">{Esc(name)}</text>");
                x += 40 + name.Length * 6.5;
            }
        }

        private void DrawScatter(StringBuilder svg, Series s, Series? previous, Axis x, Axis y, string colour)
        {
            string At((Value X, Value Y) p) => $"{F(Px(x, p.X))},{F(Py(y, p.Y))}";
            if (s.FillToPrevious && previous is not null)
            {
                var edge = s.Points.Concat(previous.Points.AsEnumerable().Reverse()).Select(At);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<polygon points=\"{string.Join(' ', edge)}\" " +
                    $"fill=\"{Esc(s.FillColour ?? ChartPalette.BandAlone)}\"/>");
            }
            if (s.Kind == Kind.Markers)
            {
                foreach (var p in s.Points)
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<circle cx=\"{F(Px(x, p.X))}\" cy=\"{F(Py(y, p.Y))}\" r=\"3\" fill=\"{Esc(colour)}\"/>");
            }
            else if (s.StrokeWidth > 0 && s.Points.Count > 0)
            {
                var dash = s.Dash is null or "solid" ? "" : " stroke-dasharray=\"6 4\"";
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', s.Points.Select(At))}\" fill=\"none\" ")
                    .Append(CultureInfo.InvariantCulture, $"stroke=\"{Esc(colour)}\" stroke-width=\"{F(s.StrokeWidth)}\"{dash}/>");
            }
        }

        private void DrawBars(StringBuilder svg, Series s, Axis x, Axis y, string colour)
        {
            var band = s.Horizontal ? y : x;
            var thickness = band.Slot * (s.Horizontal ? Height - Top - Bottom : width - Left - Right) * 0.8;
            for (var i = 0; i < s.Points.Count; i++)
            {
                var (px, py) = s.Points[i];
                var from = s.Base.Length > i ? s.Base[i] : 0;
                if (s.Horizontal)
                {
                    double x0 = Px(x, Value.Num(from)), x1 = Px(x, Value.Num(from + px.Number)), mid = Py(y, py);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(Math.Min(x0, x1))}\" y=\"{F(mid - thickness / 2)}\" ")
                        .Append(CultureInfo.InvariantCulture,
                            $"width=\"{F(Math.Abs(x1 - x0))}\" height=\"{F(thickness)}\" fill=\"{Esc(colour)}\"/>");
                }
                else
                {
                    double y0 = Py(y, Value.Num(from)), y1 = Py(y, Value.Num(from + py.Number)), mid = Px(x, px);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(mid - thickness / 2)}\" y=\"{F(Math.Min(y0, y1))}\" ")
                        .Append(CultureInfo.InvariantCulture,
                            $"width=\"{F(thickness)}\" height=\"{F(Math.Abs(y1 - y0))}\" fill=\"{Esc(colour)}\"/>");
                }
            }
        }
    }

    private enum Kind { Line, Markers, Bar }

    private sealed record Series(Kind Kind, List<(Value X, Value Y)> Points, string? Colour, string? FillColour, bool FillToPrevious,
        bool Horizontal, double StrokeWidth, string? Dash, string? Name, bool InLegend)
    {
        public double[] Base { get; set; } = [];
    }

    private static Series? Read(ITrace trace) => trace switch
    {
        Scatter s => new Series(
            s.Mode is { } mode && mode.HasFlag(ModeFlag.Markers) && !mode.HasFlag(ModeFlag.Lines) ? Kind.Markers : Kind.Line,
            Points(s.X, s.Y), s.Line?.Color as string ?? s.Marker?.Color as string, s.FillColor as string,
            s.Fill == FillEnum.ToNextY, Horizontal: false, (double)(s.Line?.Width ?? 2m), s.Line?.Dash, s.Name, s.ShowLegend != false),
        Bar b => new Series(Kind.Bar,
            Points(b.X, b.Y), b.Marker?.Color as string, null, false,
            Horizontal: b.Orientation == Plotly.Blazor.Traces.BarLib.OrientationEnum.H, 0, null, b.Name, b.ShowLegend != false),
        _ => null,
    };

    private static List<(Value X, Value Y)> Points(IList<object>? xs, IList<object>? ys)
    {
        if (xs is null || ys is null) return [];
        var n = Math.Min(xs.Count, ys.Count);
        var step = Math.Max(1, n / MaxPointsPerTrace);
        var points = new List<(Value, Value)>();
        for (var i = 0; i < n; i += step)
            if (Value.Of(xs[i]) is { } px && Value.Of(ys[i]) is { } py) points.Add((px, py));
        return points;
    }

    /// <summary>Bars of several traces at one place stack (the charts use relative bar mode); horizontal bars keep x as the
    /// value.</summary>
    private static void StackBars(List<Series> series, Axis x, Axis y)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in series.Where(s => s.Kind == Kind.Bar))
        {
            s.Base = s.Points.Select(p => sums.GetValueOrDefault(Key(s, p))).ToArray();
            foreach (var p in s.Points)
            {
                var end = sums[Key(s, p)] = sums.GetValueOrDefault(Key(s, p)) + Measure(s, p);
                (s.Horizontal ? x : y).Stretch(end); // the bar's own value axis reaches its end
            }
        }
    }

    private static string Key(Series s, (Value X, Value Y) p) => s.Horizontal ? p.Y.Text : p.X.Text;

    private static double Measure(Series s, (Value X, Value Y) p) => s.Horizontal ? p.X.Number : p.Y.Number;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>One coordinate: a number, a day (as its day number) or a category name.</summary>
    private sealed record Value(double Number, string Text, bool IsNumber, bool IsDay)
    {
        public static Value Num(double v) => new(v, "", true, false);

        public static Value? Of(object? o) => o switch
        {
            null => null,
            double d when double.IsFinite(d) => Num(d),
            decimal m => Num((double)m),
            int i => Num(i),
            long l => Num(l),
            float f when float.IsFinite(f) => Num(f),
            string s when DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day) => new Value(day.DayNumber, s, true, true),
            string s => new Value(0, s, false, false),
            _ => null,
        };
    }

    /// <summary>A linear axis over numbers or days, or a band axis over categories in order of first appearance.</summary>
    private sealed class Axis
    {
        private readonly List<string> _categories = [];
        private readonly bool _days;
        private double _min, _max;

        private Axis(bool days) => _days = days;

        public bool Categorical => _categories.Count > 0;

        /// <summary>The category names as drawn: long ones cut to <see cref="MaxLabel"/> characters.</summary>
        public IEnumerable<string> Labels => _categories.Select(Short);

        private static string Short(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";

        /// <summary>The share of the axis one category takes (bars' thickness).</summary>
        public double Slot => Categorical ? 1.0 / _categories.Count : _days ? 1.0 / (_max - _min + 1) : 1.0 / 60;

        public static Axis For(IEnumerable<Value> values, bool includeZero = false)
        {
            var list = values.ToList();
            if (list.Any(v => !v.IsNumber))
            {
                var band = new Axis(false);
                foreach (var v in list.Where(v => !band._categories.Contains(v.Text))) band._categories.Add(v.Text);
                return band;
            }
            var axis = new Axis(list.Count > 0 && list.All(v => v.IsDay))
            {
                _min = list.Count == 0 ? 0 : list.Min(v => v.Number),
                _max = list.Count == 0 ? 1 : list.Max(v => v.Number),
            };
            if (includeZero) axis.Stretch(0);
            if (axis._max <= axis._min) axis._max = axis._min + 1;
            return axis;
        }

        public void Stretch(double v)
        {
            _min = Math.Min(_min, v);
            _max = Math.Max(_max, v);
        }

        public double Fraction(Value v) => Categorical
            ? (_categories.IndexOf(v.Text) + 0.5) / _categories.Count
            : (v.Number - _min) / (_max - _min);

        public IEnumerable<(Value Value, string Label)> Ticks(int count)
        {
            if (Categorical)
            {
                var every = Math.Max(1, (int)Math.Ceiling(_categories.Count / (double)count));
                return _categories.Where((_, i) => i % every == 0).Select(c => (new Value(0, c, false, false), Short(c)));
            }
            if (_days)
                return Enumerable.Range(0, count).Select(i => _min + (_max - _min) * i / (count - 1))
                    .Select(d => (Value.Num(Math.Round(d)), DateOnly.FromDayNumber((int)Math.Round(d))
                        .ToString("d MMM yy", CultureInfo.InvariantCulture)));
            var step = NiceStep((_max - _min) / count);
            var first = Math.Ceiling(_min / step) * step;
            return Enumerable.Range(0, count + 2).Select(i => first + i * step).Where(t => t <= _max + step * 1e-9)
                .Select(t => (Value.Num(t), t.ToString(Math.Abs(step) >= 1 ? "#,0" : "0.##", CultureInfo.InvariantCulture)));
        }

        private static double NiceStep(double raw)
        {
            if (raw <= 0) return 1;
            var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var scaled = raw / power;
            return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
        }
    }
}
