using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>Adds product-day totals into DailySales with upserts, 64 rows per statement; rows should come in key order.</summary>
internal sealed class DailySalesWriter : IDisposable
{
    private const int Block = 64;
    private const int Columns = 8;
    private readonly FastStatement _one, _block;

    public DailySalesWriter(SqliteConnection connection)
    {
        _one = new FastStatement(connection, Upsert(1));
        _block = new FastStatement(connection, Upsert(Block));
    }

    public void Write(IReadOnlyList<DayRow> rows)
    {
        var done = 0;
        for (; done + Block <= rows.Count; done += Block)
        {
            for (var i = 0; i < Block; i++) Bind(_block, i * Columns, rows[done + i]);
            _block.Execute();
        }
        for (; done < rows.Count; done++)
        {
            Bind(_one, 0, rows[done]);
            _one.Execute();
        }
    }

    private static void Bind(FastStatement s, int offset, in DayRow t)
    {
        s.Bind(offset + 1, t.ProductId);
        s.Bind(offset + 2, t.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        s.Bind(offset + 3, t.Units);
        s.Bind(offset + 4, t.Returns);
        s.Bind(offset + 5, (long)Math.Round(t.Revenue));
        s.Bind(offset + 6, (long)Math.Round(t.SalesRevenue));
        s.Bind(offset + 7, t.Orders);
        if (t.Units > 0) s.Bind(offset + 8, (long)Math.Round(t.SalesRevenue / t.Units)); else s.BindNull(offset + 8);
    }

    private static string Upsert(int rows) => $"""
        INSERT INTO DailySales (ProductId, Day, Units, Returns, Revenue, SalesRevenue, Orders, AveragePrice)
        VALUES {string.Join(",", Enumerable.Range(0, rows)
            .Select(r => "(" + string.Join(",", Enumerable.Range(r * Columns + 1, Columns).Select(i => "?" + i)) + ")"))}
        ON CONFLICT (ProductId, Day) DO UPDATE SET
          Units = Units + excluded.Units, Returns = Returns + excluded.Returns, Revenue = Revenue + excluded.Revenue,
          SalesRevenue = SalesRevenue + excluded.SalesRevenue, Orders = Orders + excluded.Orders,
          AveragePrice = CASE WHEN Units
              + excluded.Units > 0 THEN CAST(ROUND((SalesRevenue + excluded.SalesRevenue) * 1.0 / (Units + excluded.Units)) AS INTEGER) END;
        """;

    public void Dispose()
    {
        _one.Dispose();
        _block.Dispose();
    }
}
