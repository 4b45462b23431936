using System.Globalization;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Import;

/// <summary>Inserts the import's new order lines, 64 to a statement. Call <see cref="Flush"/> at the end.</summary>
internal sealed class OrderLineWriter : IDisposable
{
    private readonly BlockWriter<KeyedLine> _writer;
    private readonly int _batchId;
    private readonly char[] _date = new char[19];

    public OrderLineWriter(SqliteConnection connection, int batchId)
    {
        _batchId = batchId;
        _writer = new BlockWriter<KeyedLine>(connection,
            "INSERT INTO OrderLines (ImportBatchId, OrderId, LineInOrder, LineKey, OrderDate, CustomerId, ProductId, ProductName, " +
            "Category, Quantity, UnitPrice, UnitCost)", 12, "", Bind);
    }

    public void Add(in KeyedLine keyed) => _writer.Add(keyed);

    public void Flush() => _writer.Flush();

    private void Bind(FastStatement s, int offset, KeyedLine keyed)
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

    public void Dispose() => _writer.Dispose();
}
