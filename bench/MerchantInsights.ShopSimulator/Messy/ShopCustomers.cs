namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// A shop's customers: activity is heavy-tailed (a few buy often, most once or twice) and each has a favourite
/// category, so buying again and similar tastes really happen. A share of orders has no customer id (guests).
/// </summary>
public sealed class ShopCustomers
{
    private readonly string[] _ids;
    private readonly int[] _favourite;
    private readonly WeightedPicker _activity;
    private readonly double _guests;

    public ShopCustomers(Random rng, IReadOnlyList<string> ids, int categories, double guests)
    {
        _ids = [.. ids];
        _favourite = _ids.Select(_ => rng.Next(categories)).ToArray();
        _activity = new WeightedPicker(_ids.Select(_ => Math.Pow(1 - rng.NextDouble(), -1 / 1.4)).ToArray());
        _guests = guests;
    }

    /// <summary>The customer of a new order ("" for a guest) and the index of their favourite category (−1 for a guest).</summary>
    public (string Id, int Favourite) Next(Random rng)
    {
        if (rng.NextDouble() < _guests) return ("", -1);
        var i = _activity.Pick(rng);
        return (_ids[i], _favourite[i]);
    }
}
