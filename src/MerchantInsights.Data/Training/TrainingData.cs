using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Training;

/// <summary>Reads what the training jobs learn from: daily product series (from DailySales) and order lines.</summary>
public sealed class TrainingData(SalesDatabase database)
{
    /// <summary>The last day with any order in the data, or null for an empty shop.</summary>
    public async Task<DateOnly?> LastDayAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT MAX(Day) FROM DailySales";
        return await cmd.ExecuteScalarAsync(ct) is string day ? StoredValues.Day(day) : null;
    }

    /// <summary>Products still being sold: a sale in the last this many days of data (forecasts and prices cover these).</summary>
    public const int ActiveDays = 90;

    /// <summary>The daily series of the products sold in the last <see cref="ActiveDays"/> days.</summary>
    public async Task<IReadOnlyList<ProductDailySeries>> ActiveProductSeriesAsync(CancellationToken ct) =>
        (await ProductSeriesAsync(ct)).Where(s => s.SoldInLast(ActiveDays)).ToList();

    /// <summary>Every product's daily series, each ending on the shop's last day (so forecasts of all products start together).</summary>
    public async Task<IReadOnlyList<ProductDailySeries>> ProductSeriesAsync(CancellationToken ct)
    {
        if (await LastDayAsync(ct) is not { } lastDay) return [];
        await using var connection = await database.OpenConnectionAsync(ct);
        var products = await ProductsAsync(connection, ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT ProductId, Day, Units, AveragePrice FROM DailySales ORDER BY ProductId, Day";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var result = new List<ProductDailySeries>(products.Count);
        string? current = null;
        var days = new List<(DateOnly Day, double Units, double? Price)>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString(0);
            if (id != current)
            {
                if (current is not null) result.Add(Build(current, days, products, lastDay));
                current = id;
                days.Clear();
            }
            days.Add((StoredValues.Day(reader.GetString(1)), reader.GetDouble(2),
                reader.IsDBNull(3) ? null : (double)MoneyConverter.FromStored(reader.GetInt64(3))));
        }
        if (current is not null) result.Add(Build(current, days, products, lastDay));
        return result;
    }

    /// <summary>All order lines in date order, with repeated ids shared so half a million lines stay small in memory.</summary>
    public async Task<IReadOnlyList<SoldLine>> LinesAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT OrderId, CustomerId, ProductId, OrderDate, Quantity FROM OrderLines ORDER BY OrderDate";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string s) => strings.TryGetValue(s, out var known) ? known : strings[s] = s;
        var lines = new List<SoldLine>();
        while (await reader.ReadAsync(ct))
            lines.Add(new SoldLine(Share(reader.GetString(0)), reader.IsDBNull(1) ? null : Share(reader.GetString(1)),
                Share(reader.GetString(2)), StoredValues.Day(reader.GetString(3)), reader.GetDouble(4)));
        return lines;
    }

    private static ProductDailySeries Build(string id, List<(DateOnly Day, double Units, double? Price)> days,
        Dictionary<string, (string Name, string Category, decimal? Cost)> products, DateOnly lastDay)
    {
        var first = days[0].Day;
        var length = lastDay.DayNumber - first.DayNumber + 1;
        var units = new double[length];
        var prices = new double?[length];
        foreach (var (day, u, p) in days)
        {
            var i = day.DayNumber - first.DayNumber;
            units[i] = u;
            prices[i] = u > 0 ? p : null;
        }
        var (name, category, cost) = products.TryGetValue(id, out var known) ? known : (id, "", null);
        return new ProductDailySeries(id, name, category, cost, first, units, prices);
    }

    private static async Task<Dictionary<string, (string Name, string Category, decimal? Cost)>> ProductsAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT ProductId, Name, Category, UnitCost FROM Products";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var products = new Dictionary<string, (string, string, decimal?)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            products[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : MoneyConverter.FromStored(reader.GetInt64(3)));
        return products;
    }
}
