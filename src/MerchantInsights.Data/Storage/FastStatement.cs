using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MerchantInsights.Data.Storage;

/// <summary>
/// A prepared statement driven through SQLitePCL directly, for the import's hot loops: Microsoft.Data.Sqlite's
/// per-call bookkeeping costs several microseconds a row, several times SQLite's own work (measured in bench/).
/// Runs on the connection (and so inside the transaction) it was prepared on.
/// </summary>
internal sealed class FastStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public FastStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    /// <summary>UTF-16 straight from the string: no UTF-8 copy on the managed heap (SQLite converts in C).</summary>
    public void Bind(int index, ReadOnlySpan<char> value) => Check(raw.sqlite3_bind_text16(_stmt, index, value));
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index, value));
    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_stmt, index, value));
    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_stmt, index));

    /// <summary>Runs the statement once and makes it ready for the next bindings.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) Check(rc);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
    }

    public void Dispose() => _stmt.Dispose();
}
