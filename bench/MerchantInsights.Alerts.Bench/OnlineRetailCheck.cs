using System.Diagnostics;
using MerchantInsights.Analytics.Alerts;
using MerchantInsights.Data.Alerts;
using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Storage;

namespace MerchantInsights.Alerts.Bench;

/// <summary>
/// The rules on a real imported shop (a copy of the database; the original is never written): flags per kind, flags per
/// day of data, the busiest days, and the top flags as the owner would read them.
/// </summary>
public static class OnlineRetailCheck
{
    public static async Task RunAsync(string db)
    {
        var folder = Directory.CreateTempSubdirectory("mi-alerts-").FullName;
        var copy = Path.Combine(folder, "shop.db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly"))
        {
            source.Open();
            using var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}");
            source.BackupDatabase(target);
        }
        var database = new SalesDatabase(copy);
        await database.MigrateAsync(CancellationToken.None);
        var timer = Stopwatch.StartNew();
        var snapshot = await new DemandBuilder(database).RebuildAsync(CancellationToken.None);
        var cleaning = timer.Elapsed.TotalSeconds;
        timer.Restart();
        var scan = AlertInputs.From(snapshot).Scan(new AlertOptions(), CancellationToken.None);
        Console.WriteLine($"Online Retail: {snapshot.ActiveSeries.Count:N0} products sold in the last 90 days, {snapshot.Lines.Count:N0} lines; cleaning {cleaning:0.0} s, alerts {timer.Elapsed.TotalSeconds:0.0} s");
        foreach (var kind in Enum.GetValues<AlertKind>())
            Console.WriteLine($"  {AlertKinds.Name(kind),-12} {scan.Count(kind),6:N0}   high {scan.Alerts.Count(a => a.Kind == kind && a.Severity == AlertSeverity.High):N0}");
        var first = scan.Alerts.Min(a => a.From);
        var days = snapshot.LastDay!.Value.DayNumber - first.DayNumber + 1;
        var perDay = scan.Alerts.GroupBy(a => a.To).Select(g => (Day: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        Console.WriteLine($"  {scan.Alerts.Count:N0} flags over {days} days = {scan.Alerts.Count / (double)days:0.0} a day; busiest days: {string.Join(", ", perDay.Take(5).Select(d => $"{d.Day:yyyy-MM-dd} {d.Count}"))}");
        Console.WriteLine($"  on {perDay[0].Day:yyyy-MM-dd}: {string.Join(", ", scan.Alerts.Where(a => a.To == perDay[0].Day).GroupBy(a => a.Kind).Select(g => $"{g.Key} {g.Count()}"))}");
        foreach (var a in scan.Alerts.Where(a => a.To == perDay[0].Day && a.Kind == AlertKind.OddPrice).Take(int.TryParse(Environment.GetEnvironmentVariable("ALERTS_DEBUG"), out var k) ? k : 0))
            Console.WriteLine($"    {a.ProductId}: {a.Reason}");
        Console.WriteLine($"  spikes by month: {string.Join(" ", scan.Alerts.Where(a => a.Kind == AlertKind.Spike).GroupBy(a => a.From.ToString("yyyy-MM")).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"))}");
        Console.WriteLine($"  last 7 days of data: {scan.Alerts.Count(a => a.To > snapshot.LastDay.Value.AddDays(-7))} flags; explained, not flagged: {scan.Explained.Count:N0}");
        foreach (var kind in Enum.GetValues<AlertKind>())
            foreach (var a in scan.Alerts.Where(a => a.Kind == kind).OrderByDescending(a => a.Severity).ThenByDescending(a => a.To).Take(4))
                Console.WriteLine($"  [{a.Severity}] {a.ProductId}: {a.Reason}");
        Directory.Delete(folder, true);
    }
}
