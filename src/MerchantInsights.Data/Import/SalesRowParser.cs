using System.Globalization;

namespace MerchantInsights.Data.Import;

/// <summary>Turns one CSV record into a validated order line, or says exactly which column is wrong and why.</summary>
public sealed class SalesRowParser
{
    private const double MaxQuantity = 1_000_000;
    private const decimal MaxPrice = 1_000_000m;
    private static readonly string[] YearFirstFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd", "yyyy/M/d", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-MM-dd HH:mm:ss zzz"];
    private static readonly string[] DayFirstFormats = ["d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d.M.yyyy", "d.M.yyyy H:mm",
        "d.M.yyyy H:mm:ss", "d-M-yyyy", "d/M/yy", "d/M/yy H:mm"];
    private static readonly string[] MonthFirstFormats = ["M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm tt", "M/d/yy",
        "M/d/yy H:mm", "M-d-yyyy"];

    private static readonly NumberFormatInfo DecimalCommaFormat = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private readonly int[] _index;
    private readonly string[] _names;
    private readonly string[] _dateFormats;
    private readonly ColumnMapping _mapping;
    private readonly TextPool _products = new(), _productNames = new(), _categories = new(), _customers = new();
    private string _lastOrderId = "";

    public SalesRowParser(ColumnMapping mapping, IReadOnlyList<string> headers, string fileName)
    {
        _mapping = mapping;
        var missing = mapping.MissingRequired();
        if (missing.Count > 0)
            throw new CsvImportException(fileName,
                $"no column is mapped to {string.Join(", ", missing.Select(SalesColumns.Label))}. Choose the matching column of your " +
                $"file for each.");
        _index = new int[SalesColumns.All.Count];
        _names = new string[SalesColumns.All.Count];
        foreach (var column in SalesColumns.All)
        {
            var header = mapping.HeaderFor(column);
            var i = header is null ? -1 : headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (header is not null && i < 0)
                throw new CsvImportException(fileName,
                    $"the column '{header}' chosen for {SalesColumns.Label(column)} is not in the file's header.", 1, header);
            _index[(int)column] = i;
            _names[(int)column] = header ?? SalesColumns.CanonicalName(column);
        }
        _dateFormats = mapping.DateOrder switch
        {
            DateOrder.DayFirst => [.. DayFirstFormats, .. YearFirstFormats],
            DateOrder.MonthFirst => [.. MonthFirstFormats, .. YearFirstFormats],
            _ => YearFirstFormats,
        };
    }

    /// <summary>Parses the current record of <paramref name="file"/>; returns null and sets <paramref name="problem"/> when the row is
    /// refused.</summary>
    /// <remarks>Reads the values as spans of the reader's buffer: ids, names and categories repeat on most rows, so each distinct text
    /// becomes one string (<see cref="TextPool"/>), and the canonical date layout is read without the general date parser.</remarks>
    public ParsedLine? Parse(SalesCsvFile file, out RowProblem? problem)
    {
        problem = null;
        var rowNumber = file.RowNumber;
        ReadOnlySpan<char> Get(SalesColumn c) => _index[(int)c] < 0 ? [] : file.FieldSpan(_index[(int)c]).Trim();
        RowProblem Fail(SalesColumn c, string reason) => new(rowNumber, _names[(int)c], Get(c).ToString(), reason);

        var orderText = Get(SalesColumn.OrderId);
        if (orderText.IsEmpty) { problem = Fail(SalesColumn.OrderId,
            "the order id is empty. Fill in the order number, or delete the row if it is not an order"); return null; }
        var productText = Get(SalesColumn.ProductId);
        if (productText.IsEmpty && _mapping.NameWhenProductIdMissing) productText = Get(SalesColumn.ProductName);
        if (productText.IsEmpty) { problem = Fail(SalesColumn.ProductId,
            "the product id (SKU) is empty. Fill in the SKU, or map the product name as the product id"); return null; }
        if (DateProblem(Get(SalesColumn.OrderDate), out var date) is { } dateProblem)
        { problem = Fail(SalesColumn.OrderDate, dateProblem); return null; }
        var quantityText = Get(SalesColumn.Quantity);
        if (quantityText.IsEmpty)
        { problem = Fail(SalesColumn.Quantity, "the quantity is empty. Fill in the units sold"); return null; }
        if (!TryNumber(quantityText, _mapping.DecimalComma, out var qty))
        { problem = Fail(SalesColumn.Quantity,
            "the quantity is not a number. Write the units sold as a number such as 2 (negative for a return)"); return null; }
        if (qty == 0 || Math.Abs(qty) > (decimal)MaxQuantity)
        { problem = Fail(SalesColumn.Quantity, qty == 0 ? "the quantity is zero. Enter the units sold, or delete the row"
            : $"the quantity is beyond ±{MaxQuantity:N0}, which looks like a typo. Correct the quantity"); return null; }
        if (_mapping.CancelledOrderPrefix is { } cancel && orderText.StartsWith(cancel, StringComparison.Ordinal) && qty > 0) qty = -qty;
        if (!TryNumber(Get(SalesColumn.UnitPrice), _mapping.DecimalComma, out var price))
        { problem = Fail(SalesColumn.UnitPrice,
            $"the unit price is not a number. Write the price of one unit such as {(_mapping.DecimalComma ? "12,50" : "12.50")}, or " +
            $"change the number style in the mapping"); return null; }
        if (price < 0 || price > MaxPrice)
        { problem = Fail(SalesColumn.UnitPrice, price < 0
            ? "the unit price is negative. Enter the price as a positive amount; a return is a negative quantity"
            : $"the unit price is above {MaxPrice:N0}, which looks like a typo. Correct the price"); return null; }
        decimal? cost = null;
        var costText = Get(SalesColumn.UnitCost);
        if (!costText.IsEmpty)
        {
            if (!TryNumber(costText, _mapping.DecimalComma, out var c)
                || c < 0) { problem = Fail(SalesColumn.UnitCost,
                "the unit cost is not a number of zero or more. Write the cost of one unit such as 4.10, or leave it empty"); return null; }
            if (c > MaxPrice) { problem = Fail(SalesColumn.UnitCost,
                $"the unit cost is above {MaxPrice:N0}, which looks like a typo. Correct the cost, or leave it empty"); return null; }
            cost = c;
        }
        var customer = Get(SalesColumn.CustomerId);
        // An order's lines usually follow each other: its id is one string for all of them.
        var orderId = orderText.SequenceEqual(_lastOrderId) ? _lastOrderId : _lastOrderId = orderText.ToString();
        return new ParsedLine(orderId, date, customer.IsEmpty ? null : _customers.Get(customer), _products.Get(productText),
            _productNames.Get(Get(SalesColumn.ProductName)), _categories.Get(Get(SalesColumn.Category)),
            (double)qty, price, cost);
    }

    private string ExampleDate() => _mapping.DateOrder switch
    {
        DateOrder.DayFirst => "31/03/2025 or 31/03/2025 14:05",
        DateOrder.MonthFirst => "03/31/2025 or 03/31/2025 14:05",
        _ => "2025-03-31 or 2025-03-31 14:05:00",
    };

    /// <summary>Null when the text is a plausible order date; otherwise what is wrong and what to do.</summary>
    private string? DateProblem(ReadOnlySpan<char> text, out DateTime date)
    {
        // The shop's own clock time is kept as written; an offset, when present, is not converted away.
        date = default;
        if (text.IsEmpty) return "the order date is empty. Fill in the date of the order";
        if (!CanonicalDate.TryRead(text, out date))
        {
            if (!DateTimeOffset.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
                return $"not a date in the chosen date order (expected like {ExampleDate()}). Correct the date, or choose another date " +
                    $"order in the mapping";
            date = parsed.DateTime;
        }
        if (date.Year < 1990) return "the date is before 1990, which looks like a typo. Correct the year";
        if (date > DateTime.UtcNow.AddYears(1)) return
            "the date is more than a year in the future, which looks like a typo. Correct the year";
        return null;
    }

    /// <summary>Reads 1234.5, 1,234.50, "£3.20", "-2" and, with a decimal comma, 1.234,50 and "1 234,50".</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, bool decimalComma, out decimal value)
    {
        var cleaned = text.Trim().Trim("£$€¥ ");
        IFormatProvider format = decimalComma ? DecimalCommaFormat : CultureInfo.InvariantCulture;
        const NumberStyles styles = NumberStyles.Number | NumberStyles.AllowExponent;
        if (cleaned.IndexOfAny(decimalComma ? "\u00A0\u202F " : "\u00A0\u202F") < 0) return decimal.TryParse(cleaned, styles, format,
            out value);
        var spaced = cleaned.ToString().Replace("\u00A0", "").Replace("\u202F", "");
        if (decimalComma) spaced = spaced.Replace(" ", "");
        return decimal.TryParse(spaced, styles, format, out value);
    }
}
