using MerchantInsights.Data.Import;

namespace MerchantInsights.Data.Sales;

/// <summary>What one import learned about a product: its latest name, category and cost, and its first/last sale.</summary>
internal sealed class ProductFacts
{
    public string Name = "", Category = "";
    public DateTime NameAt = DateTime.MinValue, CategoryAt = DateTime.MinValue, CostAt = DateTime.MinValue;
    public decimal? UnitCost;
    public DateOnly FirstDay = DateOnly.MaxValue, LastDay = DateOnly.MinValue;
    private bool _namedBySale;
    /// <summary>The last day with a sale line (quantity and price above 0) and that day's unit prices.</summary>
    public DateOnly LastSaleDay = DateOnly.MinValue;
    private List<decimal>? _lastDayPrices;

    /// <summary>
    /// The middle unit price of the last sale day's lines (the lower of the two middle ones): a price customers really paid.
    /// The day's average mixes quantity tiers and shoppers paying more (Online Retail's RABBIT NIGHT LIGHT: 3.28, a price
    /// no line had, between 1.79–2.08 trade and 4.13–4.96 retail). Null when there was no sale line.
    /// </summary>
    public decimal? LastDayPrice
    {
        get
        {
            if (_lastDayPrices is not { Count: > 0 } prices) return null;
            prices.Sort();
            return prices[(prices.Count - 1) / 2];
        }
    }

    /// <summary>When the name was seen, as stored: a name no sale line gave never replaces a stored one that a sale gave
    /// (it is stored as of the earliest time).</summary>
    public DateTime StoredNameAt => _namedBySale ? NameAt : DateTime.MinValue;

    public void See(in ParsedLine line)
    {
        var day = DateOnly.FromDateTime(line.OrderDate);
        if (day < FirstDay) FirstDay = day;
        if (day > LastDay) LastDay = day;
        // Latest non-empty value wins: shops rename products; a blank description must not erase a name. A sale line's
        // name outranks any other's: stock adjustments, returns and free lines often carry a note there instead ("damaged",
        // "check", "amazon" on 176 of Online Retail's products): names rank by (from a sale line, date).
        var sale = line.Quantity > 0 && line.UnitPrice > 0;
        if (sale && day >= LastSaleDay)
        {
            if (day > LastSaleDay)
            {
                LastSaleDay = day;
                (_lastDayPrices ??= []).Clear();
            }
            _lastDayPrices!.Add(line.UnitPrice);
        }
        if (line.ProductName.Length > 0 && (sale, line.OrderDate).CompareTo((_namedBySale, NameAt)) >= 0)
            (Name, NameAt, _namedBySale) = (line.ProductName, line.OrderDate, sale);
        if (line.Category.Length > 0 && line.OrderDate >= CategoryAt) (Category, CategoryAt) = (line.Category, line.OrderDate);
        if (line.UnitCost is { } c && line.OrderDate >= CostAt) (UnitCost, CostAt) = (c, line.OrderDate);
    }
}
