using System.Globalization;
using MerchantInsights.Analytics.Demand;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Demand;

/// <summary>Saves and reads the owner's decisions on the cleaning: a product in or out of merchandise, a one-off included.</summary>
public sealed class DemandDecisionStore(IDbContextFactory<SalesDbContext> contexts, TimeProvider clock)
{
    public const string ProductKind = "product";
    public const string OneOffKind = "one-off";

    /// <summary>Marks a product as merchandise (true) or not (false); the next training applies it.</summary>
    public Task SetMerchandiseAsync(string productId, bool isMerchandise, CancellationToken ct)
        => SaveAsync(ProductKind, productId, isMerchandise, ct);

    /// <summary>Includes a one-off order in the demand (true) or caps it again (false).</summary>
    public Task SetOneOffIncludedAsync(long lineKey, bool include, CancellationToken ct) =>
        SaveAsync(OneOffKind, lineKey.ToString(CultureInfo.InvariantCulture), include, ct);

    private async Task SaveAsync(string kind, string key, bool value, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var decision = await db.DemandDecisions.FirstOrDefaultAsync(d => d.Kind == kind && d.Key == key, ct);
        if (decision is null) db.DemandDecisions.Add(decision = new DemandDecision { Kind = kind, Key = key });
        decision.Value = value;
        decision.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    internal static async Task<DemandDecisions> ReadAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Kind, Key, Value FROM DemandDecisions";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var merchandise = new Dictionary<string, bool>(StringComparer.Ordinal);
        var included = new HashSet<long>();
        while (await reader.ReadAsync(ct))
        {
            var (kind, key, value) = (reader.GetString(0), reader.GetString(1), reader.GetBoolean(2));
            if (kind == ProductKind) merchandise[key] = value;
            else if (kind == OneOffKind && value
                && long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lineKey)) included.Add(lineKey);
        }
        return new DemandDecisions(merchandise, included);
    }
}
