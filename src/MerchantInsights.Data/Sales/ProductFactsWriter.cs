using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>Merges per-product facts into Products, then refreshes totals from DailySales and the last price.</summary>
internal static class ProductFactsWriter
{
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction tx,
        IEnumerable<(string Id, ProductFacts Facts)> products, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO Products (ProductId, Name, Category, UnitCost, LastPrice, FirstSold, LastSold, Units, Revenue, NameAt, CategoryAt,
                CostAt)
            VALUES ($id, $name, $cat, $cost, NULL, $first, $last, 0, 0, $nameAt, $catAt, $costAt)
            ON CONFLICT (ProductId) DO UPDATE SET
              Name = CASE WHEN excluded.Name <> '' AND excluded.NameAt >= NameAt THEN excluded.Name ELSE Name END,
              NameAt = CASE WHEN excluded.Name <> '' AND excluded.NameAt >= NameAt THEN excluded.NameAt ELSE NameAt END,
              Category = CASE WHEN excluded.Category <> '' AND excluded.CategoryAt >= CategoryAt THEN excluded.Category ELSE Category END,
              CategoryAt = CASE WHEN excluded.Category <> '' AND excluded.CategoryAt >= CategoryAt THEN excluded.CategoryAt ELSE CategoryAt
                  END,
              UnitCost = CASE WHEN excluded.UnitCost IS NOT NULL AND excluded.CostAt >= CostAt THEN excluded.UnitCost ELSE UnitCost END,
              CostAt = CASE WHEN excluded.UnitCost IS NOT NULL AND excluded.CostAt >= CostAt THEN excluded.CostAt ELSE CostAt END,
              FirstSold = MIN(FirstSold, excluded.FirstSold), LastSold = MAX(LastSold, excluded.LastSold)
            """;
        var ps = new[] { "$id", "$name", "$cat", "$cost", "$first", "$last", "$nameAt", "$catAt",
            "$costAt" }.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var (id, f) in products)
        {
            ct.ThrowIfCancellationRequested();
            ps[0].Value = id;
            ps[1].Value = f.Name;
            ps[2].Value = f.Category;
            ps[3].Value = f.UnitCost is { } c ? MoneyConverter.ToStored(c) : DBNull.Value;
            ps[4].Value = StoredValues.Day(f.FirstDay);
            ps[5].Value = StoredValues.Day(f.LastDay);
            ps[6].Value = StoredValues.Stamp(f.StoredNameAt);
            ps[7].Value = StoredValues.Stamp(f.CategoryAt);
            ps[8].Value = StoredValues.Stamp(f.CostAt);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await using var totals = connection.CreateCommand();
        totals.Transaction = tx;
        totals.CommandText = """
            UPDATE Products SET
              Units = (SELECT COALESCE(SUM(Units), 0) FROM DailySales d WHERE d.ProductId = Products.ProductId),
              Revenue = (SELECT COALESCE(SUM(Revenue), 0) FROM DailySales d WHERE d.ProductId = Products.ProductId)
            """;
        await totals.ExecuteNonQueryAsync(ct);

        // The last price is the middle line price of the product's last sale day (ProductFacts.LastDayPrice) when this file
        // holds that day; a file that ends earlier leaves it alone; without any, the last priced day's average.
        await using var last = connection.CreateCommand();
        last.Transaction = tx;
        last.CommandText = """
            UPDATE Products SET LastPrice = CASE
              WHEN $price IS NOT NULL AND $day >= (SELECT MAX(Day) FROM DailySales d WHERE d.ProductId = $id AND d.AveragePrice IS NOT NULL)
                THEN $price
              WHEN LastPrice IS NULL
                THEN (SELECT AveragePrice FROM DailySales d WHERE d.ProductId = $id AND AveragePrice IS NOT NULL ORDER BY Day DESC LIMIT 1)
              ELSE LastPrice END
            WHERE ProductId = $id
            """;
        var (price, product, day) = (last.Parameters.Add("$price", SqliteType.Integer), last.Parameters.Add("$id", SqliteType.Text),
            last.Parameters.Add("$day", SqliteType.Text));
        foreach (var (productId, f) in products)
        {
            ct.ThrowIfCancellationRequested();
            price.Value = f.LastDayPrice is { } p ? MoneyConverter.ToStored(p) : DBNull.Value;
            (product.Value, day.Value) = (productId, StoredValues.Day(f.LastSaleDay));
            await last.ExecuteNonQueryAsync(ct);
        }
    }
}
