using MerchantInsights.Data.Demand;
using MerchantInsights.Data.Storage;

namespace MerchantInsights.Data.Training;

/// <summary>
/// What the training jobs learn from: the cleaned demand (<see cref="DemandBuilder"/>), rebuilt from the stored lines
/// so that every engine reads the same view, with the owner's latest decisions applied.
/// </summary>
public sealed class TrainingData(SalesDatabase database) : IDemandSource
{
    /// <summary>Products still being sold: a sale in the last this many days of data (forecasts and prices cover these).</summary>
    public const int ActiveDays = DemandBuilder.ActiveDays;

    /// <summary>Cleans the stored lines, saves the cleaned demand for the pages, and returns it for the training steps.</summary>
    public Task<DemandSnapshot> CleanDemandAsync(CancellationToken ct) => new DemandBuilder(database).RebuildAsync(ct);

    /// <summary>The cleaned daily series of the merchandise products sold in the last <see cref="ActiveDays"/> days.</summary>
    public async Task<IReadOnlyList<ProductDailySeries>> ProductSeriesAsync(CancellationToken ct)
        => (await CleanDemandAsync(ct)).ActiveSeries;

    /// <summary>The cleaned merchandise lines in date order (what the recommenders learn from).</summary>
    public async Task<IReadOnlyList<SoldLine>> LinesAsync(CancellationToken ct) => (await CleanDemandAsync(ct)).Lines;
}
