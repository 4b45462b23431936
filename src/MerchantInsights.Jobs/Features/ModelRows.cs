using System.Text.Json;
using MerchantInsights.Data.Models;
using MerchantInsights.Jobs.Exports;

namespace MerchantInsights.Jobs.Features;

/// <summary>The usual export: the current model of a kind, the export's header, then each item's lines in key order.</summary>
public sealed class ModelRows(ModelStore models)
{
    public async Task<int> WriteAsync<TItem>(ExportRequest request, string kind, Func<string, TItem, IEnumerable<string>> lines,
        CancellationToken ct)
    {
        var model = await models.CurrentAsync<JsonElement>(kind, ct) ?? throw new ModelNotTrainedException(request.Export.What);
        await request.Writer.WriteLineAsync(request.Export.Header);
        var rows = 0;
        await foreach (var (key, item) in models.ItemsAsync<TItem>(model.Id, ct))
            foreach (var line in lines(key, item))
            {
                await request.Writer.WriteLineAsync(line);
                rows++;
            }
        return rows;
    }
}
