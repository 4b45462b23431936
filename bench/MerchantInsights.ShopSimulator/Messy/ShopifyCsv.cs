using System.Globalization;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// Writes lines as Shopify's order export does (the columns of wwwroot-assets/samples/shopify-orders.csv): the first
/// line of an order carries its payment status, totals and paid time; later lines of the same order only the line
/// item. Times carry the shop's Central European offset (+0100, +0200 in summer). A refund is written as the order's
/// own lines with negative quantities at the time of the refund.
/// </summary>
public static class ShopifyCsv
{
    public const string Header = "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Vendor";

    public static void Write(TextWriter output, IReadOnlyList<MessyLine> lines)
    {
        output.WriteLine(Header);
        foreach (var group in Groups(lines))
        {
            var head = group[0];
            var total = group.Sum(l => l.Quantity * l.Price);
            var subtotal = group.Where(l => l.Kind != MessKind.Shipping).Sum(l => l.Quantity * l.Price);
            var status = head.Kind switch { MessKind.Cancellation => "refunded", MessKind.PartialReturn => "partially_refunded", _ => "paid" };
            var fulfilment = head.Quantity < 0 ? "restocked" : group.All(l => !l.Merchandise) ? "" : "fulfilled";
            for (var i = 0; i < group.Count; i++)
            {
                var l = group[i];
                var order = i == 0
                    ? $"{status},{Time(l.At.AddSeconds(20))},{fulfilment},EUR,{Money(subtotal)},{Money(total)}"
                    : ",,,,,";
                output.WriteLine(string.Join(',', l.OrderId, l.Customer, order, Time(l.At), l.Quantity.ToString(CultureInfo.InvariantCulture),
                    CsvQuote.Field(l.Name), Money(l.Price), l.CompareAt is { } c ? Money(c) : "", CsvQuote.Field(l.Sku), CsvQuote.Field(l.Category)));
            }
        }
    }

    /// <summary>Consecutive lines of the same order at the same time: one order, or one refund of it.</summary>
    private static IEnumerable<List<MessyLine>> Groups(IReadOnlyList<MessyLine> lines)
    {
        var group = new List<MessyLine>();
        foreach (var line in lines)
        {
            if (group.Count > 0 && (group[0].OrderId != line.OrderId || group[0].At != line.At)) { yield return group; group = []; }
            group.Add(line);
        }
        if (group.Count > 0) yield return group;
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Local time with the EU daylight-saving offset (last Sunday of March to last Sunday of October).</summary>
    private static string Time(DateTime at)
    {
        static DateTime LastSunday(int year, int month)
        {
            var day = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return day.AddDays(-(int)day.DayOfWeek).AddHours(2);
        }
        var summer = at >= LastSunday(at.Year, 3) && at < LastSunday(at.Year, 10);
        return at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (summer ? " +0200" : " +0100");
    }
}
