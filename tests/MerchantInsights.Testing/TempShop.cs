using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;

namespace MerchantInsights.Testing;

/// <summary>A migrated shop database in its own temp folder, deleted afterwards.</summary>
public sealed class TempShop : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mi-data-" + Guid.NewGuid().ToString("N"));
    public SalesDatabase Database { get; private set; } = default!;
    public SalesImporter Importer => new(Database);

    /// <summary>Contexts over this shop's database, as services that take a context factory get them.</summary>
    public Microsoft.EntityFrameworkCore.IDbContextFactory<SalesDbContext> Contexts => new ContextFactory(Database);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Database = new SalesDatabase(Path.Combine(Folder, "shop.db"));
        await Database.MigrateAsync(CancellationToken.None);
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<ImportSummary> ImportAsync(string path, ImportOptions? options = null, ColumnMapping? mapping = null, CancellationToken ct = default) =>
        Importer.ImportAsync(path, Path.GetFileName(path), mapping ?? SalesFilePreviewer.Preview(path, Path.GetFileName(path)).SuggestedMapping,
            options ?? new ImportOptions(), null, ct);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var c = await Database.OpenConnectionAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private sealed class ContextFactory(SalesDatabase database) : Microsoft.EntityFrameworkCore.IDbContextFactory<SalesDbContext>
    {
        public SalesDbContext CreateDbContext() => database.CreateContext();
    }
}
