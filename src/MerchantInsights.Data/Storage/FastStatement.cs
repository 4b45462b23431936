using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MerchantInsights.Data.Storage;

/// <summary>
/// A prepared statement driven through SQLitePCL directly, for the import's hot loops: Microsoft.Data.Sqlite's
/// per-call bookkeeping costs several microseconds a row, several times SQLite's own work (measured in bench/).
/// Runs on the connection (and so inside the transaction) it was prepared on.
/// </summary>
internal sealed partial class FastStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly nint _handle;

    public FastStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
        _handle = _stmt.DangerousGetHandle(); // kept alive by _stmt until Dispose
    }

    // Binds call e_sqlite3 (the library SQLitePCL loads) directly with the raw statement pointer: through SQLitePCL each of the
    // import's ~20M binds also took and released the statement's SafeHandle and went through the provider's indirection.
    /// <summary>UTF-16 straight from the string: no UTF-8 copy on the managed heap (SQLite converts in C and copies the text).</summary>
    public unsafe void Bind(int index, ReadOnlySpan<char> value)
    {
        fixed (char* p = value) Check(Native.BindText16(_handle, index, p == null ? (char*)1 : p, value.Length * 2, Native.Transient));
    }

    public void Bind(int index, long value) => Check(Native.BindInt64(_handle, index, value));
    public void Bind(int index, double value) => Check(Native.BindDouble(_handle, index, value));
    public void BindNull(int index) => Check(Native.BindNull(_handle, index));

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

    private static unsafe partial class Native
    {
        private const string Library = "e_sqlite3";
        /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the call returns.</summary>
        public static readonly nint Transient = -1;

        [LibraryImport(Library, EntryPoint = "sqlite3_bind_text16")]
        public static partial int BindText16(nint stmt, int index, char* text, int bytes, nint destructor);

        [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
        public static partial int BindInt64(nint stmt, int index, long value);

        [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
        public static partial int BindDouble(nint stmt, int index, double value);

        [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
        public static partial int BindNull(nint stmt, int index);
    }
}
