using System.Globalization;
using MerchantInsights.Analytics.Demand;
using MerchantInsights.Data.Storage;
using MerchantInsights.Data.Training;
using Microsoft.Data.Sqlite;
using DayTotal = System.Collections.Generic.KeyValuePair<(string Product, System.DateOnly Day),
    (double Units, double PricedUnits, double PricedRevenue)>;

namespace MerchantInsights.Data.Demand;

/// <summary>
/// Reads every stored order line once, cleans it with <see cref="DemandCleaner"/> (the owner's decisions applied), and
/// replaces DemandDays, ProductClasses and OneOffOrders in one transaction, so pages and every engine read the same
/// cleaned demand. Returns the snapshot the training steps learn from. Cost: one scan of OrderLines (about 2 s for
/// half a million lines) and memory for the lines (~100 bytes each).
/// </summary>
public sealed class DemandBuilder(SalesDatabase database)
{
    /// <summary>Products still being sold: a sale in the last this many days of data (forecasts and prices cover these).</summary>
    public const int ActiveDays = 90;
    /// <summary>Series are built over at most this many days before the last one (old dates never make huge arrays).</summary>
    public const int MaxHistoryDays = 3 * 365 + 1;

    public async Task<DemandSnapshot> RebuildAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var (lines, days) = await ReadLinesAsync(connection, ct);
        if (lines.Count == 0)
        {
            await using var clearTx = connection.BeginTransaction();
            await ExecuteAsync(connection, clearTx, "DELETE FROM DemandDays; DELETE FROM ProductClasses; DELETE FROM OneOffOrders;", ct);
            await clearTx.CommitAsync(ct);
            return DemandSnapshot.Empty;
        }
        var products = await ProductsAsync(connection, ct);
        var decisions = await DemandDecisionStore.ReadAsync(connection, ct);
        var names = products.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal);
        var cleaned = await Task.Run(() => DemandCleaner.Clean(lines, names, decisions, new CleaningOptions()), ct);
        var lastDay = days.Max();
        // The views below only read the lines and the cleaning: they run side by side (two cores), and the series are built while
        // the cleaned days are written.
        var totalsTask = Task.Run(() => DayTotals(lines, days, cleaned), ct);
        var smallTask = Task.Run(() => SmallOrderPrices(lines, days, cleaned), ct);
        var soldTask = Task.Run(() => (Sold: SoldLines(lines, days, cleaned), Other: OtherPurchases(lines, days, cleaned),
            Customers: lines.Where(l => l.CustomerId is not null).Select(l => l.CustomerId!).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList()), ct);
        var stockOuts = await Stock.StockOutReader.ReadAsync(connection, ct);
        var totals = await totalsTask;
        var writing = Task.Run(() => WriteAsync(connection, totals, cleaned, lastDay, ct), ct);
        List<ProductDailySeries> series;
        (List<SoldLine> Sold, List<SoldLine> Other, List<string> Customers) sold;
        try
        {
            series = Series(totals, await smallTask, products, cleaned, lastDay, stockOuts);
            sold = await soldTask;
        }
        finally
        {
            await writing.Ended(); // the connection is its until it ends
        }
        await writing;
        return new DemandSnapshot(lastDay, series, sold.Sold, cleaned.Classes, cleaned.OneOffs, cleaned.Counts)
        {
            Customers = sold.Customers,
            Categories = products.Where(p => p.Value.Category.Length > 0)
                .ToDictionary(p => p.Key, p => p.Value.Category, StringComparer.Ordinal),
            OtherPurchases = sold.Other,
        };
    }

    /// <summary>Replaces the cleaned days, product classes and one-off orders in one transaction.</summary>
    private static async Task WriteAsync(SqliteConnection connection, DayTotal[] totals, CleanedDemand cleaned, DateOnly lastDay,
        CancellationToken ct)
    {
        await using var tx = connection.BeginTransaction();
        await ExecuteAsync(connection, tx, "DELETE FROM DemandDays; DELETE FROM ProductClasses; DELETE FROM OneOffOrders;", ct);
        WriteDays(connection, totals);
        WriteClasses(connection, cleaned.Classes.Values);
        WriteOneOffs(connection, cleaned.OneOffs);
        await ExecuteAsync(connection, tx, $"""
            UPDATE ProductClasses SET RecentRevenue = COALESCE((SELECT SUM(Revenue) FROM DailySales d
              WHERE d.ProductId = ProductClasses.ProductId AND d.Day > '{StoredValues.Day(lastDay.AddDays(-ActiveDays))}'), 0)
            """, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Every stored line in the order it was stored, read as two halves side by side (two connections, two cores: the read
    /// was a quarter of the training's single-core start).</summary>
    private async Task<(List<SaleLine> Lines, List<DateOnly> Days)> ReadLinesAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var range = connection.CreateCommand();
        range.CommandText = "SELECT COALESCE(MIN(Id), 0), COALESCE(MAX(Id), -1) FROM OrderLines";
        long low, high;
        await using (var r = await range.ExecuteReaderAsync(ct))
        {
            await r.ReadAsync(ct);
            (low, high) = (r.GetInt64(0), r.GetInt64(1));
        }
        var middle = low + (high - low) / 2;
        var later = Task.Run(async () =>
        {
            await using var other = await database.OpenConnectionAsync(ct);
            return await ReadLinesAsync(other, middle + 1, high, ct);
        }, ct);
        (List<SaleLine> Lines, List<DateOnly> Days) first;
        try
        {
            first = await ReadLinesAsync(connection, low, middle, ct);
        }
        finally
        {
            await later.Ended();
        }
        var second = await later;
        first.Lines.AddRange(second.Lines);
        first.Days.AddRange(second.Days);
        return first;
    }

    private static async Task<(List<SaleLine> Lines, List<DateOnly> Days)> ReadLinesAsync(SqliteConnection connection, long from, long to,
        CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT LineKey, OrderId, CustomerId, ProductId, OrderDate, Quantity, UnitPrice, ProductName FROM OrderLines " +
            "WHERE Id BETWEEN $from AND $to";
        cmd.Parameters.AddWithValue("$from", from);
        cmd.Parameters.AddWithValue("$to", to);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string s) => strings.TryGetValue(s, out var known) ? known : strings[s] = s;
        var (lines, days) = (new List<SaleLine>(), new List<DateOnly>());
        while (await reader.ReadAsync(ct))
        {
            var at = DateTime.ParseExact(reader.GetString(4).AsSpan(0, 19), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            lines.Add(new SaleLine(reader.GetInt64(0), Share(reader.GetString(1)), reader.IsDBNull(2) ? null : Share(reader.GetString(2)),
                Share(reader.GetString(3)), at, reader.GetDouble(5), (double)MoneyConverter.FromStored(reader.GetInt64(6)),
                    Share(reader.GetString(7))));
            days.Add(DateOnly.FromDateTime(at));
        }
        return (lines, days);
    }

    /// <summary>Per merchandise product and day: demand units, and units and revenue at real prices (sales and capped one-offs), in
    /// (product, day) order. (Sorted once as an array: a sorted dictionary of Online Retail's 300k product-days took 0.5 s to build.)
    /// </summary>
    private static DayTotal[] DayTotals(List<SaleLine> lines, List<DateOnly> days, CleanedDemand cleaned)
    {
        var totals = new Dictionary<(string, DateOnly), (double, double, double)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (cleaned.Roles[i] is not (LineRole.Sale or LineRole.OneOff) || cleaned.Demand[i] <= 0) continue;
            var key = (lines[i].ProductId, days[i]);
            var (u, pu, pr) = totals.GetValueOrDefault(key);
            totals[key] = (u + cleaned.Demand[i], pu + cleaned.Demand[i], pr + cleaned.Demand[i] * lines[i].UnitPrice);
        }
        var sorted = totals.Select(t => new DayTotal(t.Key, t.Value)).ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key.Product, b.Key.Product) is var c && c != 0 ? c
            : a.Key.Day.CompareTo(b.Key.Day));
        return sorted;
    }

    /// <summary>
    /// Per product and day, the unit prices of the lines of at most the product's median line quantity (sales and
    /// one-offs with demand): the prices of typical small orders, which quantity-tier discounts do not pull down.
    /// </summary>
    private static Dictionary<(string Product, DateOnly Day),
        List<double>> SmallOrderPrices(List<SaleLine> lines, List<DateOnly> days, CleanedDemand cleaned)
    {
        var sold = Enumerable.Range(0, lines.Count)
            .Where(i => cleaned.Roles[i] is LineRole.Sale or LineRole.OneOff && cleaned.Demand[i] > 0).ToList();
        var typical = sold.GroupBy(i => lines[i].ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => lines[i].Quantity).Order().ElementAt(g.Count() / 2), StringComparer.Ordinal);
        return sold.Where(i => lines[i].Quantity <= typical[lines[i].ProductId]).GroupBy(i => (lines[i].ProductId, days[i]))
            .ToDictionary(g => g.Key, g => g.Select(i => lines[i].UnitPrice).ToList());
    }

    /// <summary>
    /// The list price of each day with small orders: the median price of that day's small-order lines when it is at most
    /// <see cref="ListAboveUsual"/> above the product's usual one (the median of its days), else the median of the
    /// small-order lines of that day and the two such days either side. A discount is read on its own days, however few
    /// and far apart they are — a slow seller's week-long promotion may hold two selling days, which a window of five
    /// selling days spanning weeks outvoted, so its extra sales were read at the regular price (demo shop: elasticities
    /// read 0.12 too weak). A day dearer than usual is outvoted by the shoppers a shop usually serves (retail guests paying
    /// double on a wholesale shop), and a lasting price rise takes over once it holds three of five selling days.
    /// </summary>
    private static double?[] ListPrices(List<double>?[] small)
    {
        var days = Enumerable.Range(0, small.Length).Where(i => small[i] is { Count: > 0 }).ToArray();
        var result = new double?[small.Length];
        var window = new List<double>();
        var own = days.Select(d => Median(small[d]!)).ToArray();
        var usual = own.Length == 0 ? 0 : Median(own);
        for (var k = 0; k < days.Length; k++)
        {
            if (own[k] <= usual * (1 + ListAboveUsual))
            {
                result[days[k]] = Math.Round(own[k], 4);
                continue;
            }
            window.Clear();
            for (var j = Math.Max(0, k - 2); j <= Math.Min(days.Length - 1, k + 2); j++) window.AddRange(small[days[j]]!);
            result[days[k]] = Math.Round(Median(window), 4);
        }
        return result;
    }

    /// <summary>How far above the product's usual price a day's own small orders may be before its neighbours outvote them.</summary>
    private const double ListAboveUsual = 0.05;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static List<ProductDailySeries> Series(DayTotal[] totals,
        Dictionary<(string Product, DateOnly Day), List<double>> smallOrders, Dictionary<string,
            (string Name, string Category, decimal? Cost)> products, CleanedDemand cleaned, DateOnly lastDay,
        Dictionary<string, List<DateOnly>> stockOuts)
    {
        var windowStart = lastDay.AddDays(1 - MaxHistoryDays);
        var activeFrom = lastDay.AddDays(1 - ActiveDays);
        var capped = cleaned.OneOffs.Where(o => !o.Included).GroupBy(o => o.ProductId)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<ProductDailySeries>();
        foreach (var product in totals.Where(t => t.Key.Day >= windowStart).GroupBy(t => t.Key.Product))
        {
            var entries = product.ToList();
            if (entries[^1].Key.Day < activeFrom) continue;
            var first = entries[0].Key.Day;
            var length = lastDay.DayNumber - first.DayNumber + 1;
            var (units, prices, small) = (new double[length], new double?[length], new List<double>?[length]);
            foreach (var (key, t) in entries)
            {
                var i = key.Day.DayNumber - first.DayNumber;
                units[i] = t.Units;
                prices[i] = t.PricedUnits > 0 ? Math.Round(t.PricedRevenue / t.PricedUnits, 4) : null;
                small[i] = smallOrders.GetValueOrDefault(key);
            }
            // Days the owner recorded no stock are not zero demand: the series (not the stored sales) gets the level before them.
            if (stockOuts.TryGetValue(product.Key, out var outs)) units = Analytics.Stock.StockOutDays.Fill(units, first, outs).Units;
            var (name, category, cost) = products.TryGetValue(product.Key, out var known) ? known : (product.Key, "", null);
            result.Add(new ProductDailySeries(product.Key, name, category, cost, first, units,
                prices) { OneOffsCapped = capped.GetValueOrDefault(product.Key), ListPrice = ListPrices(small) });
        }
        return result;
    }

    private static List<SoldLine> SoldLines(List<SaleLine> lines, List<DateOnly> days, CleanedDemand cleaned)
    {
        var sold = new List<SoldLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var quantity = cleaned.Roles[i] switch
            {
                LineRole.Sale or LineRole.OneOff => cleaned.Demand[i],
                LineRole.Return => lines[i].Quantity,
                _ => 0,
            };
            if (quantity != 0)
                sold.Add(new SoldLine(lines[i].OrderId, lines[i].CustomerId, lines[i].ProductId, days[i], quantity, lines[i].UnitPrice));
        }
        sold.Sort((a, b) => a.Day.CompareTo(b.Day));
        return sold;
    }

    /// <summary>Known customers' bought lines that carry no demand (not merchandise, free, cancelled): orders placed, but no
    /// spend.</summary>
    private static List<SoldLine> OtherPurchases(List<SaleLine> lines, List<DateOnly> days, CleanedDemand cleaned) =>
        Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].CustomerId is not null && lines[i].Quantity > 0
                && !(cleaned.Roles[i] is LineRole.Sale or LineRole.OneOff && cleaned.Demand[i] != 0))
            .Select(i => new SoldLine(lines[i].OrderId, lines[i].CustomerId, lines[i].ProductId, days[i], lines[i].Quantity)).ToList();

    private static void WriteDays(SqliteConnection connection, DayTotal[] totals)
    {
        using var insert = new FastStatement(connection,
            "INSERT INTO DemandDays (ProductId, Day, Units, PricedUnits, PricedRevenue) VALUES (?1, ?2, ?3, ?4, ?5)");
        foreach (var ((product, day), t) in totals)
        {
            insert.Bind(1, product);
            insert.Bind(2, StoredValues.Day(day));
            insert.Bind(3, t.Units);
            insert.Bind(4, t.PricedUnits);
            insert.Bind(5, (long)Math.Round(t.PricedRevenue * (double)MoneyConverter.Scale));
            insert.Execute();
        }
    }

    private static void WriteClasses(SqliteConnection connection, IEnumerable<ProductClass> classes)
    {
        using var insert = new FastStatement(connection,
            "INSERT INTO ProductClasses (ProductId, IsMerchandise, Reason, ByOwner, RecentRevenue) VALUES (?1, ?2, ?3, ?4, 0)");
        foreach (var c in classes)
        {
            insert.Bind(1, c.ProductId);
            insert.Bind(2, c.IsMerchandise ? 1 : 0);
            insert.Bind(3, c.Reason);
            insert.Bind(4, c.ByOwner ? 1 : 0);
            insert.Execute();
        }
    }

    private static void WriteOneOffs(SqliteConnection connection, IEnumerable<OneOffOrder> oneOffs)
    {
        using var insert = new FastStatement(connection, """
            INSERT INTO OneOffOrders (LineKey, ProductId, OrderId, Day, Quantity, CappedTo, UsualQuantity, Included, Reason)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (LineKey) DO NOTHING
            """);
        foreach (var o in oneOffs)
        {
            insert.Bind(1, o.LineKey);
            insert.Bind(2, o.ProductId);
            insert.Bind(3, o.OrderId);
            insert.Bind(4, StoredValues.Day(o.Day));
            insert.Bind(5, o.Quantity);
            insert.Bind(6, o.CappedTo);
            insert.Bind(7, o.UsualQuantity);
            insert.Bind(8, o.Included ? 1 : 0);
            insert.Bind(9, o.Reason);
            insert.Execute();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<Dictionary<string,
        (string Name, string Category, decimal? Cost)>> ProductsAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT ProductId, Name, Category, UnitCost FROM Products";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var products = new Dictionary<string, (string, string, decimal?)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            products[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null
                : MoneyConverter.FromStored(reader.GetInt64(3)));
        return products;
    }
}
