using MerchantInsights.Jobs.Exports;
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
            return new CsvDownload("forecast-portfolio.csv", (writer, token) => ForecastPortfolio.WriteAsync(writer, state.Portfolio, model.Summary.Horizon, token));
        });
        app.MapGet("/exports/{kind}.csv", (string kind, int? k, ModelExports exports) =>
        {
            if (!ModelExports.Kinds.Contains(kind)) return Results.NotFound($"Unknown export '{kind}'.");
            var top = k ?? ModelExports.DefaultK(kind);
            if (ModelExports.KProblem(top) is { } problem)
                return Results.Text($"k {problem}: the number of picks per customer (recommendations) or partners per product (together). Ask for k=10, for example.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            return new CsvDownload(kind + ".csv", (writer, token) => exports.WriteAsync(kind, writer, top, token));
        });
    }
}
