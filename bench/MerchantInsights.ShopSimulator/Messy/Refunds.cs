namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// Takes orders back the way exports show it: a cancellation reverses every line of the order under the same order id,
/// the same day or within three days; a partial return sends back part of one product weeks later, under the id the
/// shop uses for refunds. Refunds after the export's last day have not happened yet and are left out.
/// </summary>
public sealed class Refunds(double cancelledOrders, double returnedLines, int returnAfterDays, int returnWithinDays, Func<OrderDraft, string> returnOrderId)
{
    public IEnumerable<MessyLine> For(Random rng, OrderDraft order, DateTime exportEnd)
    {
        if (rng.NextDouble() < cancelledOrders)
        {
            var at = rng.NextDouble() < 0.6 ? order.At.AddMinutes(5 + rng.Next(600)) : order.At.AddDays(1 + rng.Next(3)).AddHours(rng.Next(-6, 6));
            if (at <= exportEnd)
                foreach (var line in order.Lines.Where(l => l.Quantity > 0))
                    yield return line.Reversed(order.Id, at, line.Quantity, MessKind.Cancellation);
            yield break;
        }
        foreach (var line in order.Lines.Where(l => l.Merchandise && l.Quantity > 0 && l.Kind != MessKind.BulkOrder))
        {
            if (rng.NextDouble() >= returnedLines) continue;
            var at = order.At.Date.AddDays(returnAfterDays + rng.Next(returnWithinDays - returnAfterDays + 1)).AddMinutes(8 * 60 + rng.Next(10 * 60));
            if (at <= exportEnd) yield return line.Reversed(returnOrderId(order), at, 1 + rng.Next(line.Quantity), MessKind.PartialReturn);
        }
    }
}
