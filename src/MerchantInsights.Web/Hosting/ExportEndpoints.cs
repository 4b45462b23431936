using System.Text;
using MerchantInsights.Jobs.Exports;
using MerchantInsights.Web.Components.Pages.Forecast;

namespace MerchantInsights.Web.Hosting;

/// <summary>CSV downloads of the current models: the CLI's exports, and the forecast portfolio table.</summary>
public static class ExportEndpoints
{
    public static void MapExports(this WebApplication app)
    {
        app.MapGet("/exports/forecast-portfolio.csv", async (ForecastPageState state, CancellationToken ct) =>
        {
            await state.LoadAsync(ct);
            return state.Model is null
                ? Results.NotFound("There are no forecasts yet: train them first.")
                : Results.File(Encoding.UTF8.GetBytes(ForecastPortfolio.Csv(state.Portfolio, state.Model.Summary.Horizon)), "text/csv", "forecast-portfolio.csv");
        });
        app.MapGet("/exports/{kind}.csv", async (string kind, int? k, ModelExports exports, CancellationToken ct) =>
        {
            if (!ModelExports.Kinds.Contains(kind)) return Results.NotFound($"Unknown export '{kind}'.");
            var buffer = new MemoryStream();
            try
            {
                await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
                    await exports.WriteAsync(kind, writer, k ?? ModelExports.DefaultK(kind), ct);
            }
            catch (ModelNotTrainedException e)
            {
                return Results.NotFound(e.Message);
            }
            return Results.File(buffer.ToArray(), "text/csv", kind + ".csv");
        });
    }
}
