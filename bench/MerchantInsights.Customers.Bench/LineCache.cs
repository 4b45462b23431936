using System.Globalization;
using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Customers.Bench;

/// <summary>The cleaned customer lines of a shop saved as tab-separated text, so repeated bench runs skip import and cleaning.</summary>
internal static class LineCache
{
    public static void Write(string file, IEnumerable<CustomerLine> lines) =>
        File.WriteAllLines(file, lines.Select(l => string.Join('\t', l.CustomerId, l.OrderId, l.ProductId,
            l.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Quantity.ToString("R", CultureInfo.InvariantCulture),
            l.Spend.ToString(CultureInfo.InvariantCulture), l.Category)));

    public static List<CustomerLine> Read(string file) =>
        File.ReadLines(file).Select(s => s.Split('\t')).Select(f => new CustomerLine(f[0], f[1], f[2],
            DateOnly.ParseExact(f[3], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture),
            decimal.Parse(f[5], CultureInfo.InvariantCulture), f[6])).ToList();
}
