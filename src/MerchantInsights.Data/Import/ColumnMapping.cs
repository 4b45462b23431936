using System.Text.Json;

namespace MerchantInsights.Data.Import;

/// <summary>
/// How to read a file: which header feeds each canonical column, how dates and numbers are written, and the
/// preset's rules. Chosen automatically from the header and the data, shown to the user, confirmed or fixed.
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<SalesColumn, string> Headers, DateOrder DateOrder)
{
    /// <summary>The export format recognised from the header ("Shopify orders export"), or "Custom".</summary>
    public string Preset { get; init; } = "Custom";
    /// <summary>Numbers written 1.234,50 (decimal comma) instead of 1,234.50.</summary>
    public bool DecimalComma { get; init; }
    /// <summary>Shop exports often leave the SKU empty; then the product name identifies the product.</summary>
    public bool NameWhenProductIdMissing { get; init; }
    /// <summary>Order ids starting with this (UCI's "C") are cancellations: their lines count as returns.</summary>
    public string? CancelledOrderPrefix { get; init; }

    public string? HeaderFor(SalesColumn column) => Headers.TryGetValue(column, out var h) ? h : null;

    public IReadOnlyList<SalesColumn> MissingRequired() =>
        SalesColumns.Required.Where(c => string.IsNullOrEmpty(HeaderFor(c))
            && !(c == SalesColumn.ProductId && NameWhenProductIdMissing && HeaderFor(SalesColumn.ProductName) is not null)).ToList();

    public ColumnMapping With(SalesColumn column, string? header)
    {
        var headers = new Dictionary<SalesColumn, string>(Headers);
        if (string.IsNullOrEmpty(header)) headers.Remove(column);
        else headers[column] = header;
        return this with { Headers = headers };
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ColumnMapping FromJson(string json) =>
        JsonSerializer.Deserialize<ColumnMapping>(json) ?? throw new ArgumentException("Empty column mapping.", nameof(json));
}
