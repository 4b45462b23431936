using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>A day's total across products (revenue after refunds of every line, units sold of merchandise).</summary>
public readonly record struct DayTotal(DateOnly Day, decimal Revenue, double Units);

/// <summary>
/// A product's total over the whole history, whether it is merchandise (with the reason in words when not, and whether the
/// owner decided it) and its revenue in the last 90 days (what pages open on and sort by).
/// </summary>
public sealed record ProductTotal(string ProductId, string Name, string Category, decimal Revenue, double Units, DateOnly FirstSold,
    DateOnly LastSold, decimal? LastPrice,
    bool IsMerchandise = true, string NotMerchandiseReason = "", bool ClassByOwner = false, decimal RecentRevenue = 0);

/// <summary>One product's day: units sold, returns and the average selling price (null when nothing sold).</summary>
public readonly record struct ProductDay(DateOnly Day, double Units, double Returns, decimal Revenue, decimal? AveragePrice);

/// <summary>A product in one customer's history.</summary>
public sealed record CustomerPurchase(string ProductId, string Name, int Orders, double Units, DateOnly LastBought);

/// <summary>Read-only queries behind the overview and product pages, aggregated in SQL over DailySales.</summary>
public sealed class ShopOverview(SalesDatabase database)
{
    /// <summary>
    /// The overview's revenue and units per day. Revenue counts every line; units only merchandise (postage or a gift card
    /// is not a unit sold). Both come from the precomputed ShopDays, less the units of the few products that are not
    /// merchandise (read by primary key). CROSS JOIN fixes SQLite's join order: without table statistics it may scan all of
    /// DailySales (a million rows, 0.19 s on a 1.17M-line shop) and look each row up in ProductClasses instead of the
    /// other way round (0.01 s). Public for its query-plan test.
    /// </summary>
    public const string DailyTotalsSql = """
        SELECT s.Day, s.Revenue, s.Units - COALESCE(n.Units, 0)
        FROM ShopDays s LEFT JOIN (
            SELECT d.Day, SUM(d.Units) AS Units FROM ProductClasses c CROSS JOIN DailySales d ON d.ProductId = c.ProductId
            WHERE c.IsMerchandise = 0 GROUP BY d.Day) n ON n.Day = s.Day
        ORDER BY s.Day
        """;

    public async Task<IReadOnlyList<DayTotal>> DailyTotalsAsync(CancellationToken ct)
    {
        var rows = await QueryAsync(DailyTotalsSql, null,
            r => new DayTotal(Day(r.GetString(0)), Money(r.GetInt64(1)), r.GetDouble(2)), ct);
        return FillGaps(rows);
    }

    private const string ProductColumns = """
        SELECT p.ProductId, p.Name, p.Category, p.Revenue, p.Units, p.FirstSold, p.LastSold, p.LastPrice,
               COALESCE(c.IsMerchandise, 1), COALESCE(c.Reason, ''), COALESCE(c.ByOwner, 0), COALESCE(c.RecentRevenue, 0)
        FROM Products p LEFT JOIN ProductClasses c ON c.ProductId = p.ProductId
        """;

    /// <summary>Products, merchandise first, the most revenue in the last 90 days first (then all-time revenue).</summary>
    public Task<IReadOnlyList<ProductTotal>> ProductsAsync(int? top, CancellationToken ct) =>
        QueryAsync(ProductColumns +
            " ORDER BY COALESCE(c.IsMerchandise, 1) DESC, COALESCE(c.RecentRevenue, 0) DESC, p.Revenue DESC LIMIT $top",
            cmd => cmd.Parameters.AddWithValue("$top", top ?? -1), ReadProduct, ct);

    /// <summary>Columns a product table may sort by, by the name its header uses.</summary>
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        ["id"] = "p.ProductId", ["name"] = "p.Name", ["category"] = "p.Category", ["recent"] = "COALESCE(c.RecentRevenue, 0)",
        ["revenue"] = "p.Revenue", ["units"] = "p.Units", ["last"] = "p.LastSold", ["kind"] = "COALESCE(c.IsMerchandise, 1)",
    };

    /// <summary>
    /// One page of products for a table, searched (id, name or category contain the text), sorted and paged in SQL, with
    /// the number of matches — a page reads only its rows, whatever the size of the catalogue. Default order: merchandise
    /// first, most revenue in the last 90 days first.
    /// </summary>
    public async Task<(IReadOnlyList<ProductTotal> Rows, int Matches)> ProductPageAsync(string search, string? sortBy, bool descending,
        int skip, int take, CancellationToken ct)
    {
        const string where =
            " WHERE ($q = '' OR instr(lower(p.ProductId), $q) > 0 OR instr(lower(p.Name), $q) > 0 OR instr(lower(p.Category), $q) > 0)";
        var order = sortBy is not null && SortColumns.TryGetValue(sortBy, out var column)
            ? $"{column} {(descending ? "DESC" : "ASC")}, p.ProductId"
            : "COALESCE(c.IsMerchandise, 1) DESC, COALESCE(c.RecentRevenue, 0) DESC, p.Revenue DESC";
        void Bind(SqliteCommand cmd)
        {
            cmd.Parameters.AddWithValue("$q", search.Trim().ToLowerInvariant());
            cmd.Parameters.AddWithValue("$take", Math.Max(1, take));
            cmd.Parameters.AddWithValue("$skip", Math.Max(0, skip));
        }
        var rows = await QueryAsync(ProductColumns + where + $" ORDER BY {order} LIMIT $take OFFSET $skip", Bind, ReadProduct, ct);
        var matches = await QueryAsync("SELECT COUNT(*) FROM Products p" + where, Bind, r => r.GetInt32(0), ct);
        return (rows, matches[0]);
    }

    /// <summary>The merchandise products with the most revenue over the whole history (the overview's top chart).</summary>
    public Task<IReadOnlyList<ProductTotal>> TopSellersAsync(int top, CancellationToken ct) =>
        QueryAsync(ProductColumns + " WHERE COALESCE(c.IsMerchandise, 1) = 1 ORDER BY p.Revenue DESC LIMIT $top",
            cmd => cmd.Parameters.AddWithValue("$top", top), ReadProduct, ct);

    public async Task<ProductTotal?> ProductAsync(string productId, CancellationToken ct) =>
        (await QueryAsync(ProductColumns + " WHERE p.ProductId = $id", cmd => cmd.Parameters.AddWithValue("$id", productId), ReadProduct,
            ct)).FirstOrDefault();

    /// <summary>How many products are not merchandise (shipping, fees, gift cards…; 0 before the first training).</summary>
    public async Task<long> NotMerchandiseCountAsync(CancellationToken ct) =>
        (await QueryAsync("SELECT COUNT(*) FROM ProductClasses WHERE IsMerchandise = 0", null, r => r.GetInt64(0), ct))[0];

    /// <summary>
    /// Revenue of lines that are not merchandise (shipping, fees, gift cards…), part of the revenue but shown apart:
    /// what they brought in (products with positive revenue) and what they took away (fees, refunds, adjustments).
    /// </summary>
    public async Task<(decimal In, decimal Out)> NotMerchandiseRevenueAsync(CancellationToken ct) =>
        (await QueryAsync("""
            SELECT COALESCE(SUM(CASE WHEN p.Revenue > 0 THEN p.Revenue END), 0),
                COALESCE(SUM(CASE WHEN p.Revenue < 0 THEN p.Revenue END), 0)
            FROM Products p JOIN ProductClasses c ON c.ProductId = p.ProductId WHERE c.IsMerchandise = 0
            """, null, r => (Money(r.GetInt64(0)), Money(r.GetInt64(1))), ct))[0];

    private static ProductTotal ReadProduct(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Money(r.GetInt64(3)), r.GetDouble(4), Day(r.GetString(5)), Day(r.GetString(6)),
            r.IsDBNull(7) ? null : Money(r.GetInt64(7)), r.GetInt64(8) != 0, r.GetString(9), r.GetInt64(10) != 0, Money(r.GetInt64(11)));

    public Task<IReadOnlyList<ProductDay>> ProductDaysAsync(string productId, CancellationToken ct) =>
        QueryAsync("SELECT Day, Units, Returns, Revenue, AveragePrice FROM DailySales WHERE ProductId = $id ORDER BY Day",
            cmd => cmd.Parameters.AddWithValue("$id", productId),
            r => new ProductDay(Day(r.GetString(0)), r.GetDouble(1), r.GetDouble(2), Money(r.GetInt64(3)), r.IsDBNull(4) ? null
                : Money(r.GetInt64(4))), ct);

    /// <summary>What one customer bought: per product, the orders, units (returns subtracted) and last purchase day, most recent
    /// first.</summary>
    public Task<IReadOnlyList<CustomerPurchase>> CustomerHistoryAsync(string customerId, CancellationToken ct) =>
        QueryAsync("""
            SELECT l.ProductId, COALESCE(p.Name, l.ProductId), COUNT(DISTINCT l.OrderId), SUM(l.Quantity), MAX(l.OrderDate)
            FROM OrderLines l LEFT JOIN Products p ON p.ProductId = l.ProductId
            WHERE l.CustomerId = $id GROUP BY l.ProductId ORDER BY MAX(l.OrderDate) DESC
            """,
            cmd => cmd.Parameters.AddWithValue("$id", customerId),
            r => new CustomerPurchase(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3), Day(r.GetString(4))), ct);

    /// <summary>Units sold per product from a day on (inclusive); products without sales since then are absent.</summary>
    public async Task<IReadOnlyDictionary<string, double>> UnitsSinceAsync(DateOnly from, CancellationToken ct) =>
        (await QueryAsync("SELECT ProductId, SUM(Units) FROM DailySales WHERE Day >= $from GROUP BY ProductId",
            cmd => cmd.Parameters.AddWithValue("$from", StoredValues.Day(from)),
            r => KeyValuePair.Create(r.GetString(0), r.GetDouble(1)), ct)).ToDictionary(StringComparer.Ordinal);

    /// <summary>Days without any sale still count (as zero) in charts and moving averages.</summary>
    private static List<DayTotal> FillGaps(IReadOnlyList<DayTotal> rows)
    {
        if (rows.Count == 0) return [];
        var byDay = rows.ToDictionary(r => r.Day);
        var result = new List<DayTotal>();
        for (var d = rows[0].Day; d <= rows[^1].Day; d = d.AddDays(1))
            result.Add(byDay.TryGetValue(d, out var t) ? t : new DayTotal(d, 0, 0));
        return result;
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<SqliteCommand>? bind, Func<SqliteDataReader, T> map,
        CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        bind?.Invoke(cmd);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    private static decimal Money(long stored) => MoneyConverter.FromStored(stored);

    private static DateOnly Day(string stored) => StoredValues.Day(stored);
}
