using System.Globalization;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>Rebuilds the derived tables (DailySales, Products, the shop summary) from every stored line, inside the caller's transaction
/// (used by undo).</summary>
public static class SalesAggregates
{
    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText =
                "DELETE FROM DailySales; DELETE FROM Products; DELETE FROM ShopCustomers; DELETE FROM " +
                "ShopSummary; DELETE FROM ShopDays;";
            await clear.ExecuteNonQueryAsync(ct);
        }
        var accumulator = new SalesAccumulator();
        await using (var scan = connection.CreateCommand())
        {
            scan.Transaction = transaction;
            scan.CommandText =
                "SELECT OrderId, LineInOrder, OrderDate, CustomerId, ProductId, ProductName, Category, Quantity, UnitPrice, UnitCost " +
                "FROM OrderLines";
            await using var r = await scan.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var line = new ParsedLine(r.GetString(0),
                    DateTime.ParseExact(r.GetString(2)[..19], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetDouble(7),
                    MoneyConverter.FromStored(r.GetInt64(8)), r.IsDBNull(9) ? null : MoneyConverter.FromStored(r.GetInt64(9)));
                accumulator.Add(new KeyedLine(line, r.GetInt32(1), 0));
            }
        }
        using var days = new DailySalesWriter(connection);
        await accumulator.WriteAsync(connection, transaction, days, ct);
    }
}
