using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Storage;

/// <summary>
/// Inserts rows through prepared statements of 64 rows each (one VDBE run per block instead of per row); the last partial block goes
/// through the single-row statement on <see cref="Flush"/>. The SQL is <c>head VALUES (?1, …), (…) tail</c>, so an upsert's
/// <c>ON CONFLICT</c> clause is the tail. Runs on the connection (and so inside the transaction) it was made on.
/// </summary>
internal sealed class BlockWriter<T> : IDisposable
{
    private const int Block = 64;
    private readonly FastStatement _one, _block;
    private readonly T[] _pending = new T[Block];
    private readonly int _columns;
    private readonly Action<FastStatement, int, T> _bind;
    private int _count;

    /// <param name="bind">Binds one row's values at parameter numbers offset + 1 … offset + columns.</param>
    public BlockWriter(SqliteConnection connection, string head, int columns, string tail, Action<FastStatement, int, T> bind)
    {
        _columns = columns;
        _bind = bind;
        _one = new FastStatement(connection, $"{head} VALUES {Placeholders(0)} {tail}");
        _block = new FastStatement(connection, $"{head} VALUES {string.Join(",", Enumerable.Range(0, Block).Select(Placeholders))} {tail}");
    }

    public void Add(T row)
    {
        _pending[_count++] = row;
        if (_count < Block) return;
        for (var i = 0; i < Block; i++) _bind(_block, i * _columns, _pending[i]);
        _block.Execute();
        _count = 0;
    }

    public void Flush()
    {
        for (var i = 0; i < _count; i++)
        {
            _bind(_one, 0, _pending[i]);
            _one.Execute();
        }
        _count = 0;
    }

    private string Placeholders(int row) => "(" + string.Join(",", Enumerable.Range(row * _columns + 1, _columns).Select(i => "?" + i))
        + ")";

    public void Dispose()
    {
        _one.Dispose();
        _block.Dispose();
    }
}
