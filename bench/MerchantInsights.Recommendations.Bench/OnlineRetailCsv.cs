using System.Globalization;
using System.IO.Compression;
using MerchantInsights.Analytics.Recommendations;

namespace MerchantInsights.Recommendations.Bench;

/// <summary>
/// Reads UCI Online Retail (see SOURCE.md): cancellations ("C" invoices), "A" adjustments and quantity ≤ 0 dropped; no
/// CustomerID = guest. Non-product codes (POST, DOT, M, BANK CHARGES, gift_0001_*, …) are dropped: real stock codes start
/// with a digit; otherwise postage would be every product's best partner.
/// </summary>
internal static class OnlineRetailCsv
{
    public static List<PurchaseLine> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        var lines = new List<PurchaseLine>();
        while (reader.ReadLine() is { } row)
        {
            var f = Split(row);
            var invoice = f[0];
            if (invoice.StartsWith('C') || invoice.StartsWith('A') || f[1].Length == 0 || !char.IsAsciiDigit(f[1][0])) continue;
            var quantity = double.Parse(f[3], CultureInfo.InvariantCulture);
            if (quantity <= 0) continue;
            var day = DateOnly.FromDateTime(DateTime.ParseExact(f[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            var customer = string.IsNullOrWhiteSpace(f[6]) ? null : f[6].Split('.')[0];
            lines.Add(new PurchaseLine(invoice, customer, f[1].ToUpperInvariant(), day, quantity));
        }
        return lines;
    }

    private static List<string> Split(string row)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
