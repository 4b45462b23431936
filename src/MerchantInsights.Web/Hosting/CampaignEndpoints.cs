using MerchantInsights.Jobs.Campaigns;

namespace MerchantInsights.Web.Hosting;

/// <summary>Campaign lists as CSV for an e-mail tool: /campaigns/{audience}.csv?suggestions=N, streamed.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaigns(this WebApplication app) =>
        app.MapGet("/campaigns/{audience}.csv", (string audience, int? suggestions, CampaignLists lists) =>
        {
            if (CampaignAudience.Find(audience) is not { } found)
                return Results.NotFound($"Unknown campaign list '{audience}'. Choose from: " +
                    $"{string.Join(", ", CampaignAudience.All.Select(a => a.Key))}.");
            var count = suggestions ?? 3;
            if (count is < 1 or > CampaignLists.MaxSuggestions)
                return Results.Text($"suggestions must be between 1 and {CampaignLists.MaxSuggestions}, not {count}.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            return new CsvDownload($"campaign-{found.Key}.csv", (writer, token) => lists.WriteAsync(found, count, writer, token));
        });
}
