using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Stock;

/// <summary>The recorded stock-out days per product, read on the demand builder's own connection.</summary>
internal static class StockOutReader
{
    public static async Task<Dictionary<string, List<DateOnly>>> ReadAsync(SqliteConnection connection, CancellationToken ct)
    {
        var result = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT ProductId, Day FROM StockOuts";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var day = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!result.TryGetValue(reader.GetString(0), out var days)) result[reader.GetString(0)] = days = [];
            days.Add(day);
        }
        return result;
    }
}
