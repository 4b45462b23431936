using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Tests.Demand;

/// <summary>Builds small hand-made shops line by line.</summary>
internal sealed class Lines
{
    private readonly List<SaleLine> _lines = [];
    private static readonly DateTime Start = new(2025, 1, 6, 10, 0, 0);

    public IReadOnlyList<SaleLine> All => _lines;

    public int Add(string order, string? customer, string product, int day, double quantity, double price, int minute = 0)
    {
        _lines.Add(new SaleLine(_lines.Count + 1, order, customer, product, Start.AddDays(day).AddMinutes(minute), quantity, price));
        return _lines.Count - 1;
    }

    public CleanedDemand Clean(IReadOnlyDictionary<string, string>? names = null, DemandDecisions? decisions = null) =>
        DemandCleaner.Clean(_lines, names ?? new Dictionary<string, string>(), decisions ?? DemandDecisions.None, new CleaningOptions());
}
