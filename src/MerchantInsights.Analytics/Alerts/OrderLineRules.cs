using MerchantInsights.Analytics.Demand;
using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// Order-line oddities. Large orders are the one-offs the demand cleaner found with <see cref="OneOffDetector"/> (one
/// detector for the cleaning and the alerts). Odd prices: a line whose unit price is <see cref="AlertOptions.OddPriceTimes"/>×
/// above or below the product's usual price around that day — the median of the product's daily median line prices
/// over the window either side — so price changes and promotions move the reference and only slips (a missing decimal
/// point, a price typed in the wrong currency) stand out; it must also lie <see cref="AlertOptions.OddPriceDeviations"/>
/// robust deviations out, so a product sold at widely different prices every week is left alone, and the price must not
/// recur on <see cref="AlertOptions.OddPriceRepeats"/> other orders around it (that is a clearance or a new price). O(lines · window log
/// window).
/// </summary>
internal static class OrderLineRules
{
    public static SalesAlert LargeOrder(OneOffOrder o)
    {
        var ratio = o.Quantity / Math.Max(o.UsualQuantity, 1);
        var severity = ratio >= 50 ? AlertSeverity.High : ratio >= 20 ? AlertSeverity.Medium : AlertSeverity.Low;
        var note = o.Included ? "you counted it as real demand" : $"forecasts and prices learn {AlertText.Units(o.CappedTo)} units from it";
        return new SalesAlert(AlertKind.LargeOrder, o.ProductId, o.Day, o.Day, o.OrderId, o.Quantity, o.UsualQuantity, severity,
            $"one order of {AlertText.Units(o.Quantity)} (order {o.OrderId}) on {AlertText.Day(o.Day)}; this product's usual order is "
            + $"{AlertText.Units(o.UsualQuantity)} ({AlertText.Times(ratio)}) — {note}");
    }

    public static void OddPrices(IReadOnlyList<PricedLine> lines, AlertOptions options, List<SalesAlert> alerts)
    {
        foreach (var product in lines.Where(l => l.UnitPrice > 0 && l.Quantity > 0).GroupBy(l => l.ProductId, StringComparer.Ordinal))
        {
            var days = product.GroupBy(l => l.Day).OrderBy(g => g.Key)
                .Select(g => (Day: g.Key, Median: SortedQuantiles.At(g.Select(l => l.UnitPrice).Order().ToArray(), 0.5))).ToArray();
            if (days.Length < 5) continue;
            var (first, k) = (0, 0);
            var sorted = product.OrderBy(l => l.Day).ToArray();
            foreach (var line in sorted)
            {
                while (days[k].Day < line.Day) k++;
                while (days[first].Day.DayNumber < line.Day.DayNumber - options.WindowDays) first++;
                var last = k;
                while (last + 1 < days.Length && days[last + 1].Day.DayNumber <= line.Day.DayNumber + options.WindowDays) last++;
                var around = days[first..(last + 1)].Select(d => d.Median).Order().ToArray();
                var usual = SortedQuantiles.At(around, 0.5);
                var ratio = line.UnitPrice / usual;
                if (usual <= 0 || (ratio < options.OddPriceTimes && ratio > 1 / options.OddPriceTimes)) continue;
                var spread = 1.4826 * SortedQuantiles.At(around.Select(p => Math.Abs(Math.Log(p / usual))).Order().ToArray(), 0.5);
                if (Math.Abs(Math.Log(ratio)) <= options.OddPriceDeviations * spread || Repeated(sorted, line, options)) continue;
                alerts.Add(Odd(line, usual, ratio));
            }
        }
    }

    /// <summary>The same price on other orders around the day is a deliberate price (a clearance, a new price), not a slip.</summary>
    private static bool Repeated(PricedLine[] lines, PricedLine line, AlertOptions options) =>
        lines.Count(l => l.OrderId != line.OrderId && Math.Abs(l.Day.DayNumber - line.Day.DayNumber) <= options.WindowDays
            && Math.Abs(l.UnitPrice / line.UnitPrice - 1) < 0.05) >= options.OddPriceRepeats;

    private static SalesAlert Odd(PricedLine line, double usual, double ratio)
    {
        var below = ratio < 1;
        var how = below ? $"{AlertText.Times(1 / ratio)} below" : $"{AlertText.Times(ratio)} above";
        var why = below ? "a typo or a discount code gone wrong? Each unit earned less than it should"
            : "a typo? The customer may have been overcharged";
        return new SalesAlert(AlertKind.OddPrice, line.ProductId, line.Day, line.Day, line.OrderId, line.UnitPrice, usual,
            below ? AlertSeverity.High : AlertSeverity.Medium,
            $"sold {AlertText.Units(line.Quantity)} at {AlertText.Price(line.UnitPrice)} each (order {line.OrderId}) on " +
                $"{AlertText.Day(line.Day)}; "
            + $"the usual price then was {AlertText.Price(usual)}, {how} — {why}");
    }
}
