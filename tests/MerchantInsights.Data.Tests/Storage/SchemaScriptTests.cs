using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MerchantInsights.Data.Tests.Storage;

/// <summary>The schema a file gets without Entity Framework is the one its migrations give, byte for byte.</summary>
public sealed class SchemaScriptTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-schema-" + Guid.NewGuid().ToString("N"));

    public SchemaScriptTests() => Directory.CreateDirectory(_folder);

    private SalesDatabase NewDatabase(string name) => new(Path.Combine(_folder, name));

    private static async Task<string> DumpAsync(SalesDatabase database)
    {
        await using var c = await database.OpenConnectionAsync(CancellationToken.None);
        return await SchemaScript.DumpAsync(c, CancellationToken.None);
    }

    [Fact]
    public async Task The_embedded_script_is_what_the_migrations_create_on_a_new_file()
    {
        var ef = NewDatabase("ef.db");
        await ef.MigrateWithEntityFrameworkAsync(CancellationToken.None);
        var expected = await DumpAsync(ef);
        if (Environment.GetEnvironmentVariable("MI_UPDATE_SCHEMA") == "1")
            await File.WriteAllTextAsync(Path.Combine(RepoRoot(), "src", "MerchantInsights.Data", "Storage", "Schema.sql"), expected);
        Assert.True(expected == SchemaScript.Text(),
            "src/MerchantInsights.Data/Storage/Schema.sql is not what the migrations create (a migration was added or changed): " +
            "run MI_UPDATE_SCHEMA=1 dotnet test tests/MerchantInsights.Data.Tests --filter SchemaScript and commit the file.");
        Assert.Contains(SchemaScript.Migrations[^1], expected);
        Assert.Contains("CREATE TABLE \"OrderLines\"", expected);
    }

    [Fact]
    public async Task A_new_file_opened_without_entity_framework_has_the_same_schema_and_history()
    {
        var ef = NewDatabase("ef.db");
        await ef.MigrateWithEntityFrameworkAsync(CancellationToken.None);
        var fast = NewDatabase("fast.db");

        await fast.MigrateAsync(CancellationToken.None);

        Assert.Equal(await DumpAsync(ef), await DumpAsync(fast));
        await using var c = await fast.OpenConnectionAsync(CancellationToken.None);
        Assert.True(await SchemaScript.TryBringUpToDateAsync(c, CancellationToken.None)); // current: nothing more to do
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
        // EF agrees that nothing is pending
        await using var db = fast.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_file_from_an_older_build_is_brought_up_by_the_migrations()
    {
        var ef = NewDatabase("ef.db");
        await ef.MigrateWithEntityFrameworkAsync(CancellationToken.None);
        var old = NewDatabase("old.db");
        await using (var db = old.CreateContext())
            await db.GetService<IMigrator>().MigrateAsync(SchemaScript.Migrations[^2]);
        await using (var c = await old.OpenConnectionAsync(CancellationToken.None))
            Assert.False(await SchemaScript.TryBringUpToDateAsync(c, CancellationToken.None));

        await old.MigrateAsync(CancellationToken.None);

        await using var after = old.CreateContext();
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
        Assert.Equal(SchemaScript.Migrations, await after.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void The_build_knows_its_migrations_in_order()
    {
        Assert.True(SchemaScript.Migrations.Count >= 8);
        Assert.Equal(SchemaScript.Migrations.Order(StringComparer.Ordinal), SchemaScript.Migrations);
        Assert.Equal("20261123000910_Initial", SchemaScript.Migrations[0]);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MerchantInsights.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MerchantInsights.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
