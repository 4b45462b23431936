using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>The headline figures of the shop (or of one import batch).</summary>
public sealed record SalesStatistics(long Orders, long Lines, long Products, long Customers, DateOnly? FirstDay, DateOnly? LastDay,
    decimal Revenue, double Units)
{
    public static async Task<SalesStatistics> ReadAsync(SalesDatabase database, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await ReadAsync(connection, null, ct);
    }

    public static async Task<SalesStatistics> ReadAsync(SqliteConnection connection, int? batchId, CancellationToken ct)
    {
        if (batchId is null) return await ShopAsync(connection, ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT COUNT(DISTINCT OrderId), COUNT(*), COUNT(DISTINCT ProductId), COUNT(DISTINCT CustomerId),
                   MIN(OrderDate), MAX(OrderDate), COALESCE(SUM(Quantity * UnitPrice), 0),
                       COALESCE(SUM(CASE WHEN Quantity > 0 THEN Quantity END), 0)
            FROM OrderLines WHERE $batch IS NULL OR ImportBatchId = $batch
            """;
        cmd.Parameters.AddWithValue("$batch", (object?)batchId ?? DBNull.Value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new SalesStatistics(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3),
            r.IsDBNull(4) ? null : Day(r.GetString(4)), r.IsDBNull(5) ? null : Day(r.GetString(5)),
            (decimal)r.GetDouble(6) / MoneyConverter.Scale, r.GetDouble(7));
    }

    /// <summary>The whole shop's figures from the precomputed summary (a few rows, no scan of the order lines).</summary>
    private static async Task<SalesStatistics> ShopAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT COALESCE(s.Orders, 0), COALESCE(s.Lines, 0), (SELECT COUNT(*) FROM Products),
                (SELECT COUNT(*) FROM ShopCustomers),
                   s.FirstOrder, s.LastOrder, COALESCE(s.Revenue, 0), COALESCE(s.Units, 0)
            FROM (SELECT 1) LEFT JOIN ShopSummary s ON s.Id = 1
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new SalesStatistics(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3),
            r.IsDBNull(4) ? null : Day(r.GetString(4)), r.IsDBNull(5) ? null : Day(r.GetString(5)),
            r.GetInt64(6) / MoneyConverter.Scale, r.GetDouble(7));
    }

    private static DateOnly Day(string stored) => StoredValues.Day(stored);
}
