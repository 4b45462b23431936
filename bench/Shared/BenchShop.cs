using System.IO.Compression;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;
using MerchantInsights.Data.Training;

namespace MerchantInsights.Bench;

/// <summary>
/// Loads a shop for a benchmark through the product's own import (a temporary SQLite database), so the engines see
/// exactly what the app would give them. A .gz file is unpacked to the temp folder first.
/// </summary>
public static class BenchShop
{
    public static string DemoShop => Path.Combine(RepositoryRoot(), "wwwroot-assets", "demo-shop.csv");
    public static string OnlineRetail => Path.Combine(RepositoryRoot(), "..", "shared", "data", "online_retail", "online_retail.csv.gz");

    /// <summary>A ShopSimulator shop (shopify-messy, marketplace-messy, young-garden), generated into the temp folder on first use;
    /// <paramref name="seed"/> other than 0 is another draw of the same shop.</summary>
    /// <paramref name="noise"/> other than 0 draws the same shop's days again (the messy shops: same catalogue, prices and
    /// customers, other orders).
    public static string Simulated(string mode, int seed = 0, int noise = 0)
    {
        var file = Path.Combine(Path.GetTempPath(), (seed, noise) switch
        {
            (0, 0) => $"mi-bench-{mode}.csv",
            (_, 0) => $"mi-bench-{mode}-seed{seed}.csv",
            _ => $"mi-bench-{mode}-seed{seed}-noise{noise}.csv",
        });
        if (File.Exists(file)) return file;
        var project = Path.Combine(RepositoryRoot(), "bench", "MerchantInsights.ShopSimulator");
        using var run = System.Diagnostics.Process.Start("dotnet", ["run", "-c", "Release", "--project", project, "--", mode, "--out", file + ".partial", "--truth", file + ".truth.json", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--noise", noise.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        run.WaitForExit();
        if (run.ExitCode != 0 || !File.Exists(file + ".partial")) throw new InvalidOperationException($"ShopSimulator {mode} failed.");
        File.Move(file + ".partial", file);
        return file;
    }

    public static async Task<TrainingData> LoadAsync(string file)
    {
        var csv = file.EndsWith(".gz") ? Unpack(file) : file;
        var folder = Directory.CreateTempSubdirectory("mi-bench-").FullName;
        // Each load is a fresh database (tens of MB for Online Retail); the folder goes when the benchmark ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { } // still open elsewhere: the system's temp cleaning takes it
            catch (UnauthorizedAccessException) { }
        };
        var database = new SalesDatabase(Path.Combine(folder, "shop.db"));
        await database.MigrateAsync(CancellationToken.None);
        var name = Path.GetFileName(csv);
        var mapping = SalesFilePreviewer.Preview(csv, name).SuggestedMapping;
        await new SalesImporter(database).ImportAsync(csv, name, mapping, new ImportOptions { ImportValidRowsAnyway = true }, null, CancellationToken.None);
        return new TrainingData(database);
    }

    private static string Unpack(string gz)
    {
        var target = Path.Combine(Path.GetTempPath(), Path.GetFileNameWithoutExtension(gz));
        if (File.Exists(target)) return target;
        using var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
        using var output = File.Create(target + ".partial");
        input.CopyTo(output);
        output.Close();
        File.Move(target + ".partial", target);
        return target;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MerchantInsights.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
    }
}
