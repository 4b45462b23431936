using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Import;

/// <summary>
/// Inserts order lines through prepared statements, 32 rows per statement (one VDBE run per block instead of per
/// row); the last partial block goes through the single-row statement. Call <see cref="Flush"/> at the end.
/// </summary>
internal sealed class OrderLineWriter : IDisposable
{
    private const int Block = 64;
    private const int Columns = 12;
    private const string Insert =
        "INSERT INTO OrderLines (ImportBatchId, OrderId, LineInOrder, LineKey, OrderDate, CustomerId, ProductId, ProductName, Category, " +
        "Quantity, UnitPrice, UnitCost) VALUES ";
    private readonly FastStatement _one, _block;
    private readonly KeyedLine[] _pending = new KeyedLine[Block];
    private readonly int _batchId;
    private readonly char[] _date = new char[19];
    private int _count;

    public OrderLineWriter(SqliteConnection connection, int batchId)
    {
        _batchId = batchId;
        _one = new FastStatement(connection, Insert + Placeholders(0));
        _block = new FastStatement(connection, Insert + string.Join(",", Enumerable.Range(0, Block).Select(Placeholders)));
    }

    public void Add(in KeyedLine keyed)
    {
        _pending[_count++] = keyed;
        if (_count < Block) return;
        for (var i = 0; i < Block; i++) Bind(_block, i * Columns, _pending[i]);
        _block.Execute();
        _count = 0;
    }

    public void Flush()
    {
        for (var i = 0; i < _count; i++)
        {
            Bind(_one, 0, _pending[i]);
            _one.Execute();
        }
        _count = 0;
    }

    private static string Placeholders(int row) =>
        "(" + string.Join(",", Enumerable.Range(row * Columns + 1, Columns).Select(i => "?" + i)) + ")";

    private void Bind(FastStatement s, int offset, in KeyedLine keyed)
    {
        var line = keyed.Line;
        s.Bind(offset + 1, _batchId);
        s.Bind(offset + 2, line.OrderId);
        s.Bind(offset + 3, keyed.Occurrence);
        s.Bind(offset + 4, keyed.Key);
        s.Bind(offset + 5, Stamp(line.OrderDate));
        if (line.CustomerId is { } customer) s.Bind(offset + 6, customer); else s.BindNull(offset + 6);
        s.Bind(offset + 7, line.ProductId);
        s.Bind(offset + 8, line.ProductName);
        s.Bind(offset + 9, line.Category);
        s.Bind(offset + 10, line.Quantity);
        s.Bind(offset + 11, MoneyConverter.ToStored(line.UnitPrice));
        if (line.UnitCost is { } c) s.Bind(offset + 12, MoneyConverter.ToStored(c)); else s.BindNull(offset + 12);
    }

    /// <summary>The same text EF Core writes for a DateTime in SQLite (yyyy-MM-dd HH:mm:ss, fractions dropped).</summary>
    private ReadOnlySpan<char> Stamp(DateTime t)
    {
        t.TryFormat(_date, out var n, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return _date.AsSpan(0, n);
    }

    public void Dispose()
    {
        _one.Dispose();
        _block.Dispose();
    }
}
