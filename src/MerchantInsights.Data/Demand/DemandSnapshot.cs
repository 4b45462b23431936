using MerchantInsights.Analytics.Demand;
using MerchantInsights.Data.Training;

namespace MerchantInsights.Data.Demand;

/// <summary>
/// The cleaned demand as a training run reads it, once for all steps: the daily series of products still sold (bounded
/// window), the merchandise lines for the recommenders (cancelled, free and non-merchandise lines left out, one-offs
/// capped), and what the cleaning found.
/// </summary>
public sealed record DemandSnapshot(DateOnly? LastDay, IReadOnlyList<ProductDailySeries> ActiveSeries, IReadOnlyList<SoldLine> Lines,
    IReadOnlyDictionary<string, ProductClass> Classes, IReadOnlyList<OneOffOrder> OneOffs, CleaningCounts Counts)
{
    public static DemandSnapshot Empty { get; } = new(null, [], [], new Dictionary<string, ProductClass>(), [],
        new CleaningCounts(0, 0, 0, 0, 0, 0, 0, 0));

    /// <summary>Every customer with an order, even one who bought only a gift card or cancelled everything (they still get
    /// picks).</summary>
    public IReadOnlyList<string> Customers { get; init; } = [];

    /// <summary>
    /// Known customers' lines bought but not in <see cref="Lines"/> (gift cards, shipping, free and cancelled lines): they make an order
    /// (the customer engine counts it, with no spend) but no demand.
    /// </summary>
    public IReadOnlyList<SoldLine> OtherPurchases { get; init; } = [];

    /// <summary>Each product's category where the shop gave one (the customer engine's category features).</summary>
    public IReadOnlyDictionary<string, string> Categories { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Products still in <see cref="ActiveSeries"/> that have stopped selling (<see cref="StoppedSelling"/>: silent for longer than
    /// their own rate allows), with their silent days. Prices are not suggested for them and they are not recommended; the forecast
    /// says why.
    /// </summary>
    public IReadOnlyDictionary<string, int> StoppedProducts => _stopped ??= ActiveSeries
        .Select(s => (s.ProductId, Stopped: StoppedSelling.Detect(s.Units)))
        .Where(x => x.Stopped is not null).ToDictionary(x => x.ProductId, x => x.Stopped!.Value.Days, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, int>? _stopped;

    /// <summary>One line for job summaries: what the cleaning did.</summary>
    public string Describe() =>
        $"Cleaned demand: {Counts.CancellationsMatched:N0} cancellations netted, {Counts.FreeLines:N0} free lines left out, "
        + $"{Counts.OneOffs:N0} one-off orders capped, {Counts.NotMerchandiseProducts:N0} products not merchandise " +
            $"({Counts.NotMerchandiseLines:N0} lines).";
}
