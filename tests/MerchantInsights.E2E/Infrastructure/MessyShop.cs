using System.Globalization;
using System.Text;

namespace MerchantInsights.E2E.Infrastructure;

/// <summary>
/// A small shop export with the mess of real ones: postage on most orders, an 80,995-unit order cancelled minutes later,
/// a test order at 0.00, a wholesale customer's one-off bulk order, later partial returns and a gift card.
/// </summary>
public static class MessyShop
{
    public const string TopProduct = "Enamel mug";

    public static string Write(string folder)
    {
        var rng = new Random(11);
        var csv = new StringBuilder("order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price\n");
        var start = new DateTime(2026, 5, 1, 9, 0, 0);
        var order = 1000;
        void Line(DateTime at, string customer, string id, string name, string category, double quantity, double price) =>
            csv.Append(CultureInfo.InvariantCulture, $"A{order},{at:yyyy-MM-dd HH:mm:ss},{customer},{id},{name},{category},{quantity},{price:0.00}\n");
        for (var day = 0; day < 180; day++)
        {
            var at = start.AddDays(day);
            for (var k = 0; k < 3 + rng.Next(4); k++, order++)
            {
                var customer = $"c{rng.Next(60)}";
                Line(at.AddMinutes(k), customer, "MUG-01", TopProduct, "Kitchen", 1 + rng.Next(3), 12.50);
                if (rng.NextDouble() < 0.5) Line(at.AddMinutes(k), customer, "TOWEL-02", "Linen tea towel", "Kitchen", 1 + rng.Next(2), 8.00);
                if (rng.NextDouble() < 0.3) Line(at.AddMinutes(k), customer, "SPOON-03", "Brass spoon", "Kitchen", 1, 6.00);
                if (rng.NextDouble() < 0.8) Line(at.AddMinutes(k), customer, "POST", "POSTAGE", "", 1, 3 + rng.Next(12));
            }
        }
        var late = start.AddDays(170);
        Line(late, "c7", "SPOON-03", "Brass spoon", "Kitchen", 80995, 2.08); order++;
        Line(late.AddMinutes(3), "c7", "SPOON-03", "Brass spoon", "Kitchen", -80995, 2.08); order++;
        Line(late.AddDays(1), "owner", "MUG-01", TopProduct, "Kitchen", 5, 0); order++;
        Line(start.AddDays(60), "wholesale", "TOWEL-02", "Linen tea towel", "Kitchen", 2400, 5.00); order++;
        Line(late.AddDays(3), "c3", "GC-50", "Gift Card 50", "", 1, 50); order++;
        var path = Path.Combine(folder, "messy-shop.csv");
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
