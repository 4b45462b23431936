using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>
/// Keeps the shop's headline figures precomputed, inside the import's (or undo's) transaction: the distinct customer ids (a small
/// key-only table), the shop's revenue and units per day, and one summary row of additive totals (orders new to the shop included) — so
/// the overview and `stats` read a handful of rows instead of scanning every order line.
/// </summary>
internal static class ShopSummaryWriter
{
    public static async Task AddAsync(SqliteConnection connection, SqliteTransaction tx, long newOrders, IEnumerable<string> customers,
        IReadOnlyDictionary<int, (double Revenue, double Units)> days, long lines, double revenue, double units, DateTime? first,
            DateTime? last, CancellationToken ct)
    {
        using (var day = new FastStatement(connection,
            "INSERT INTO ShopDays (Day, Revenue, Units) VALUES (?1, ?2, ?3) ON CONFLICT (Day) DO UPDATE SET Revenue = Revenue + " +
            "excluded.Revenue, Units = Units + excluded.Units"))
            foreach (var (number, t) in days)
            {
                day.Bind(1, StoredValues.Day(DateOnly.FromDayNumber(number)));
                day.Bind(2, (long)Math.Round(t.Revenue));
                day.Bind(3, t.Units);
                day.Execute();
            }
        using (var customer = new BlockWriter<string>(connection, "INSERT OR IGNORE INTO ShopCustomers (CustomerId)", 1, "", BindId))
            WriteAll(customer, customers);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO ShopSummary (Id, Orders, Lines, Revenue, Units, FirstOrder, LastOrder)
            VALUES (1, $orders, $lines, $revenue, $units, $first, $last)
            ON CONFLICT (Id) DO UPDATE SET Orders = Orders + excluded.Orders, Lines = Lines + excluded.Lines, Revenue = Revenue
                + excluded.Revenue, Units = Units
                + excluded.Units,
              FirstOrder = CASE WHEN FirstOrder IS NULL OR excluded.FirstOrder < FirstOrder THEN excluded.FirstOrder ELSE FirstOrder END,
              LastOrder = CASE WHEN LastOrder IS NULL OR excluded.LastOrder > LastOrder THEN excluded.LastOrder ELSE LastOrder END
            """;
        cmd.Parameters.AddWithValue("$orders", newOrders);
        cmd.Parameters.AddWithValue("$lines", lines);
        cmd.Parameters.AddWithValue("$revenue", (long)Math.Round(revenue));
        cmd.Parameters.AddWithValue("$units", units);
        cmd.Parameters.AddWithValue("$first", (object?)(first is { } f ? StoredValues.Stamp(f) : null) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$last", (object?)(last is { } l ? StoredValues.Stamp(l) : null) ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void BindId(FastStatement s, int offset, string id) => s.Bind(offset + 1, id);

    private static void WriteAll(BlockWriter<string> writer, IEnumerable<string> ids)
    {
        foreach (var id in ids) writer.Add(id);
        writer.Flush();
    }
}
