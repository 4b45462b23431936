using System.Globalization;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>Writes lines in the importer's canonical columns (order_id … unit_cost), dates as yyyy-MM-dd HH:mm:ss.</summary>
public static class CanonicalCsv
{
    public static void Write(TextWriter output, IReadOnlyList<MessyLine> lines)
    {
        output.WriteLine(ShopSimulation.Header);
        foreach (var l in lines)
            output.WriteLine(string.Join(',', l.OrderId, l.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), CsvQuote.Field(l.Customer),
                CsvQuote.Field(l.Sku), CsvQuote.Field(l.Name), CsvQuote.Field(l.Category), l.Quantity.ToString(CultureInfo.InvariantCulture),
                l.Price.ToString("0.00", CultureInfo.InvariantCulture), l.Cost?.ToString("0.00", CultureInfo.InvariantCulture) ?? ""));
    }
}
