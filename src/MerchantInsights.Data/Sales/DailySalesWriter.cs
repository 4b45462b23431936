using System.Buffers;
using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>
/// Adds product-day totals into DailySales with upserts, 64 rows per statement; rows should come in key order. Batches handed over
/// with <see cref="Enqueue"/> are written a slice at a time (<see cref="WriteSome"/>) between the import's blocks of lines, so a batch
/// of 100,000 day rows does not stall the reading thread; <see cref="WriteAll"/> writes what is left.
/// </summary>
internal sealed class DailySalesWriter : IDisposable
{
    private readonly BlockWriter<DayRow> _writer;
    private readonly Queue<DayRows> _backlog = new();
    private readonly char[] _day = new char[10];
    private int _next;

    public DailySalesWriter(SqliteConnection connection) =>
        _writer = new BlockWriter<DayRow>(connection, "INSERT INTO DailySales (ProductId, Day, Units, Returns, Revenue, SalesRevenue, " +
            "Orders, AveragePrice)", 8, """
            ON CONFLICT (ProductId, Day) DO UPDATE SET
              Units = Units + excluded.Units, Returns = Returns + excluded.Returns, Revenue = Revenue + excluded.Revenue,
              SalesRevenue = SalesRevenue + excluded.SalesRevenue, Orders = Orders + excluded.Orders,
              AveragePrice = CASE WHEN Units + excluded.Units > 0
                THEN CAST(ROUND((SalesRevenue + excluded.SalesRevenue) * 1.0 / (Units + excluded.Units)) AS INTEGER) END
            """, Bind);

    /// <summary>Takes the rows to write; their array goes back to the shared pool once written.</summary>
    public void Enqueue(DayRows rows) => _backlog.Enqueue(rows);

    /// <summary>Writes up to <paramref name="max"/> rows of the waiting batches, oldest first.</summary>
    public void WriteSome(int max)
    {
        while (max > 0 && _backlog.TryPeek(out var batch))
        {
            var end = (int)Math.Min(batch.Count, (long)_next + max);
            for (var i = _next; i < end; i++) _writer.Add(batch.Rows[i]);
            max -= end - _next;
            _next = end;
            if (_next < batch.Count) return;
            _backlog.Dequeue();
            ArrayPool<DayRow>.Shared.Return(batch.Rows);
            _next = 0;
        }
    }

    public void WriteAll()
    {
        WriteSome(int.MaxValue);
        _writer.Flush();
    }

    private void Bind(FastStatement s, int offset, DayRow t)
    {
        t.Day.TryFormat(_day, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        s.Bind(offset + 1, t.ProductId);
        s.Bind(offset + 2, _day.AsSpan(0, n));
        s.Bind(offset + 3, t.Units);
        s.Bind(offset + 4, t.Returns);
        s.Bind(offset + 5, (long)Math.Round(t.Revenue));
        s.Bind(offset + 6, (long)Math.Round(t.SalesRevenue));
        s.Bind(offset + 7, t.Orders);
        if (t.Units > 0) s.Bind(offset + 8, (long)Math.Round(t.SalesRevenue / t.Units)); else s.BindNull(offset + 8);
    }

    public void Dispose() => _writer.Dispose();
}
