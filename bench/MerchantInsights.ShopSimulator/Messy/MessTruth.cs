using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// The hidden truth of a messy shop, read off its generated lines: every non-merchandise product id (as the importer
/// will store it) with its name and kind, the bulk order lines, the test orders, every cancellation and return, and each
/// merchandise product's own-price elasticity, base price and cost (the pricing benchmark scores against them).
/// </summary>
public static class MessTruth
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(string path, string shop, string description, IReadOnlyList<MessyLine> lines, IReadOnlyList<MessyProduct> products)
    {
        var reversals = new[] { MessKind.Cancellation, MessKind.PartialReturn };
        var truth = new
        {
            Shop = shop,
            Description = description,
            Lines = lines.Count,
            Orders = lines.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct().Count(),
            LineCounts = lines.GroupBy(l => l.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            ZeroPriceLines = lines.Count(l => l.Price == 0),
            Products = products.Select(p => new { Id = p.ProductId, p.Name, p.Category, p.BasePrice, p.Cost, p.Elasticity }),
            NonMerchandise = lines.Where(l => !l.Merchandise).GroupBy(l => l.ProductId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new
            {
                Id = g.Key,
                g.First().Name,
                Kind = (g.FirstOrDefault(l => !reversals.Contains(l.Kind)) ?? g.First()).Kind.ToString(),
                Lines = g.Count(),
            }),
            BulkOrders = lines.Where(l => l.Kind == MessKind.BulkOrder).Select(l => new
            {
                l.OrderId, l.ProductId, l.Name, l.Quantity, CustomerId = l.Customer, Date = DateOnly.FromDateTime(l.At), UsualQuantity = "1 to 3",
                Cancelled = lines.Any(c => c.Kind == MessKind.Cancellation && c.OrderId == l.OrderId && c.ProductId == l.ProductId),
            }),
            TestOrders = lines.Where(l => l.Kind == MessKind.TestOrder).Select(l => l.OrderId).Distinct(),
            Cancellations = lines.Where(l => reversals.Contains(l.Kind)).Select(l => new
            {
                Kind = l.Kind == MessKind.Cancellation ? "cancellation" : "partial return",
                l.OrderId, l.ProductId, CustomerId = l.Customer, l.Quantity, l.Merchandise,
                SoldAt = l.SoldAt?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                ReversedAt = l.At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(truth, Json));
    }

    /// <summary>One line per kind of mess, for the console.</summary>
    public static string Summary(IReadOnlyList<MessyLine> lines) =>
        string.Join(", ", lines.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}"));
}
