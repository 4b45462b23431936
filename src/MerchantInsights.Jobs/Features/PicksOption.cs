namespace MerchantInsights.Jobs.Features;

/// <summary>The --k of an export that keeps the top k of something per row key.</summary>
/// <param name="Default">The k used when none is given.</param>
/// <param name="Max">The largest k the model kept.</param>
/// <param name="Meaning">What k counts, plural ("picks per customer").</param>
public sealed record PicksOption(int Default, int Max, string Meaning)
{
    /// <summary>Null when k is usable; otherwise what is wrong with it ("must be between 1 and 50, not 0").</summary>
    public string? Problem(int k) => k >= 1 && k <= Max ? null : $"must be between 1 and {Max}, not {k}";
}
