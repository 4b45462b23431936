using MerchantInsights.Jobs.Exports;
using MerchantInsights.Jobs.Training;
using MerchantInsights.Jobs.Features;
using MerchantInsights.Web.Components.Pages.Forecast;

namespace MerchantInsights.Web.Hosting;

/// <summary>CSV downloads of the current models, streamed: the CLI's exports, and the forecast portfolio table.</summary>
public static class ExportEndpoints
{
    public static void MapExports(this WebApplication app)
    {
        app.MapGet("/exports/forecast-portfolio.csv", async (ForecastPageState state, CancellationToken ct) =>
        {
            await state.LoadAsync(ct);
            if (state.Model is not { } model) return Results.NotFound("There are no forecasts yet: train them first.");
            return new CsvDownload("forecast-portfolio.csv",
                (writer, token) => ForecastPortfolio.WriteAsync(writer, state.Rows, model.Summary.Horizon, token));
        });
        app.MapGet("/exports/{kind}.csv", (string kind, int? k, ModelFeatures features, ModelExports exports) =>
        {
            // Exports that need an uploaded file besides the models (a stock file) have their own page and endpoint.
            if (features.FindExport(kind) is not { Input: null } export) return Results.NotFound($"Unknown export '{kind}'.");
            var top = k ?? export.Picks?.Default;
            if (top is { } asked && export.Picks?.Problem(asked) is { } problem)
                return Results.Text($"k {problem}: the number of {KMeaning(features)}. Ask for k=10, for example.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            return new CsvDownload(export.Name + ".csv", (writer, token) => exports.WriteAsync(export.Name, writer, top, token));
        });
    }

    /// <summary>"picks per customer (recommendations) or partners per product (together)".</summary>
    private static string KMeaning(ModelFeatures features) =>
        Phrase.List(features.Exports.Where(e => e.Picks is not null).Select(e => $"{e.Picks!.Meaning} ({e.Name})"), "or");
}
