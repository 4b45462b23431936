using System.Globalization;
using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Import;
using Sylvan.Data.Csv;

namespace MerchantInsights.Data.Stock;

/// <summary>
/// Reads a stock file `product_id,on_hand,lead_time_days,order_multiple,unit_cost` (other columns ignored; unit_cost
/// may be left out). Blank lead_time_days or order_multiple take the product's category default. The whole file is
/// checked before anything is used: the first problem throws <see cref="CsvImportException"/> with the file, the row
/// (line number, the header is line 1), the column and why, so a bad file never leaves some products updated.
/// </summary>
public static class StockCsv
{
    public const string Header = "product_id,on_hand,lead_time_days,order_multiple,unit_cost";
    private static readonly string[] Required = ["product_id", "on_hand", "lead_time_days", "order_multiple"];
    public const int MaxRows = 200_000;

    /// <param name="categories">Every product of the shop and its category; a product not in it is an error (a typo, or another shop's
    /// file).</param>
    public static IReadOnlyList<StockPosition> Read(TextReader text, string fileName, IReadOnlyDictionary<string, string> categories,
        StockDefaults defaults)
    {
        using var csv = Open(text, fileName);
        var columns = Enumerable.Range(0, csv.FieldCount).ToDictionary(i => csv.GetName(i).Trim().ToLowerInvariant(), i => i);
        foreach (var name in Required)
            if (!columns.ContainsKey(name))
                throw new CsvImportException(fileName, $"the header has no '{name}' column; a stock file's header is {Header}.", 1);
        var costColumn = columns.GetValueOrDefault("unit_cost", -1);
        var (rows, seen, line) = (new List<StockPosition>(), new Dictionary<string, int>(StringComparer.Ordinal), 1);
        while (csv.Read())
        {
            line++;
            string Cell(string column) => columns[column] < csv.RowFieldCount ? csv.GetString(columns[column]).Trim() : "";
            if (Enumerable.Range(0, csv.RowFieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i)))) continue;
            if (rows.Count >= MaxRows) throw new CsvImportException(fileName,
                $"has more than {MaxRows:N0} products; split it into smaller files.", line);
            var id = Cell("product_id");
            if (id.Length == 0) throw new CsvImportException(fileName, "the product id is empty.", line, "product_id");
            if (!categories.TryGetValue(id, out var category))
                throw new CsvImportException(fileName,
                    "no product with this id has been imported; check for a typo or import its sales first.", line, "product_id", id);
            if (seen.TryGetValue(id, out var first))
                throw new CsvImportException(fileName, $"this product is already on row {first}; give each product one row.", line,
                    "product_id", id);
            seen[id] = line;
            var (lead, multiple) = defaults.For(category);
            var onHand = Whole(fileName, line, "on_hand", Cell("on_hand"), 0, 10_000_000, null);
            lead = Whole(fileName, line, "lead_time_days", Cell("lead_time_days"), 0, ReorderOptions.MaxLeadTimeDays, lead);
            multiple = Whole(fileName, line, "order_multiple", Cell("order_multiple"), 1, 1_000_000, multiple);
            var cost = costColumn >= 0 ? Money(fileName, line, costColumn < csv.RowFieldCount ? csv.GetString(costColumn).Trim() : "")
                : null;
            rows.Add(new StockPosition(id, onHand, lead, multiple, cost));
        }
        if (rows.Count == 0) throw new CsvImportException(fileName, "has no product rows under its header.");
        return rows;
    }

    private static CsvDataReader Open(TextReader text, string fileName)
    {
        try
        {
            return CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Comment = '\0', Delimiter = ',' });
        }
        catch (CsvMissingHeadersException)
        {
            throw new CsvImportException(fileName, $"is empty; a stock file starts with the header {Header}.");
        }
    }

    private static int Whole(string file, int line, string column, string value, int min, int max, int? blank)
    {
        if (value.Length == 0 && blank is { } d) return d;
        if (value.Length == 0) throw new CsvImportException(file, "is empty; enter a whole number of units (0 when out of stock).", line,
            column);
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            throw new CsvImportException(file, "is not a whole number.", line, column, value);
        if (n < min || n > max) throw new CsvImportException(file, $"must be between {min:N0} and {max:N0}.", line, column, value);
        return n;
    }

    private static decimal? Money(string file, int line, string value)
    {
        if (value.Length == 0) return null;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cost) || cost > 1_000_000)
            throw new CsvImportException(file, "is not a price like 4.50 (a point for decimals, no currency sign, not negative).", line,
                "unit_cost", value);
        return Math.Round(cost, 4);
    }
}
