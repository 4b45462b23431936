using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Plausibility.Bench;

/// <summary>A product's best net sales in history: its best single day and its best 28 consecutive calendar days.</summary>
public sealed record BestSales(double BestDay, double Best28Days);

/// <summary>
/// Reads the stored order lines with plain SQL, independently of the engine: per product and day the net units (every
/// quantity summed, returns and cancellations included), floored at 0; then each product's best day and best 28-day window.
/// </summary>
public static class NetSalesHistory
{
    public static async Task<Dictionary<string, BestSales>> ReadAsync(string database, CancellationToken ct)
    {
        var days = new Dictionary<string, List<(DateOnly Day, double Units)>>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ProductId, substr(OrderDate, 1, 10) AS Day, SUM(Quantity) FROM OrderLines GROUP BY ProductId, Day ORDER BY ProductId, Day";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var product = reader.GetString(0);
            if (!days.TryGetValue(product, out var list)) days[product] = list = [];
            list.Add((DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), Math.Max(0, reader.GetDouble(2))));
        }
        return days.ToDictionary(d => d.Key, d => new BestSales(d.Value.Max(x => x.Units), Best28(d.Value)), StringComparer.Ordinal);
    }

    /// <summary>Largest sum over 28 consecutive calendar days (days without sales count 0); two pointers over the sorted days.</summary>
    private static double Best28(List<(DateOnly Day, double Units)> sorted)
    {
        double best = 0, window = 0;
        var end = 0;
        for (var start = 0; start < sorted.Count; start++)
        {
            while (end < sorted.Count && sorted[end].Day.DayNumber - sorted[start].Day.DayNumber < 28) window += sorted[end++].Units;
            best = Math.Max(best, window);
            window -= sorted[start].Units;
        }
        return best;
    }
}
