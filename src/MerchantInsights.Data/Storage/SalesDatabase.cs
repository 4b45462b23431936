using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Storage;

/// <summary>Where the shop's SQLite file lives, and how to open it (WAL, foreign keys on).</summary>
public sealed class SalesDatabase
{
    /// <summary>Before SQLite starts in this process: no memory statistics. With them on, every allocation SQLite makes takes a global
    /// lock (5 % of a million-line import's samples were mutex calls); nothing here reads them. Too late once a connection has opened
    /// (SQLite refuses, and keeps its defaults).</summary>
    static SalesDatabase()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    public SalesDatabase(string path, TimeSpan? busyTimeout = null)
    {
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(120);
        Path = System.IO.Path.GetFullPath(path);
        DataFolder = System.IO.Path.GetDirectoryName(Path)!;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds) }.ToString();
    }

    public string Path { get; }
    /// <summary>The folder of the database; uploads are kept beside it.</summary>
    public string DataFolder { get; }
    public string ConnectionString { get; }
    /// <summary>How long a statement waits for another writer (the web app and a CLI import on one file) before SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; }
    /// <summary>SQLite's own busy wait on every connection, at most 10 s (the command timeout above waits longer).</summary>
    public int BusyMilliseconds => (int)Math.Min(10_000, BusyTimeout.TotalMilliseconds);

    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(ConnectionString, o => o.CommandTimeout((int)Math.Ceiling(BusyTimeout.TotalSeconds)));

    public SalesDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<SalesDbContext>();
        Configure(builder);
        return new SalesDbContext(builder.Options);
    }

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText =
            $"PRAGMA busy_timeout = {BusyMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA " +
            $"cache_size = -16384; PRAGMA temp_store = MEMORY;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>Creates or upgrades the schema and switches the file to write-ahead logging. A new or current file is handled without
    /// Entity Framework (<see cref="SchemaScript"/>); an older one goes through its migrations.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataFolder);
        await using var connection = await OpenConnectionAsync(ct);
        if (!await SchemaScript.TryBringUpToDateAsync(connection, ct)) await MigrateWithEntityFrameworkAsync(ct);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync(ct);
    }

    /// <summary>EF's own migrations, whatever the file's state (the tests compare its result with <see cref="SchemaScript"/>).</summary>
    public async Task MigrateWithEntityFrameworkAsync(CancellationToken ct)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(ct);
    }
}
