namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>
/// Draws a shop's ordinary orders day by day. Orders a day are Poisson(orders per day × season × the catalogue's
/// average price effect); each order holds one product and, with probability 0.35 each, up to four more, picked by
/// popularity × (price / base price)^elasticity — so a product's expected units follow its own price — and half the
/// extras from the customer's favourite category. Quantities are 1 (75%), 2 (18%) or 3.
/// </summary>
public sealed class MerchandiseOrders(IReadOnlyList<MessyProduct> products, ShopCustomers customers, Func<DateOnly, double> season,
    double ordersPerDay, DateOnly first, int[] hourWeights)
{
    private readonly string[] _categories = products.Select(p => p.Category).Distinct().ToArray();
    private readonly WeightedPicker _hour = new(hourWeights.Select(h => (double)h).ToArray());

    public IReadOnlyList<string> Categories => _categories;

    public List<OrderDraft> Day(Random rng, int d, Func<string> nextOrderId)
    {
        var day = first.AddDays(d);
        var active = products.Where(p => p.SellsOn(d)).ToList();
        var weights = active.Select(p => p.Popularity * p.PriceEffect(d)).ToArray();
        var anything = new WeightedPicker(weights);
        var inCategory = _categories.Select(c => active.Select((p, i) => (p, i)).Where(x => x.p.Category == c).Select(x => x.i).ToArray())
            .Select(ix => (Index: ix, Picker: ix.Length == 0 ? null : new WeightedPicker(ix.Select(i => weights[i]).ToArray()))).ToArray();
        var priceEffect = weights.Sum() / active.Sum(p => p.Popularity);
        var orders = new List<OrderDraft>();
        for (var n = Poisson.Draw(rng, ordersPerDay * season(day) * priceEffect); n > 0; n--)
        {
            var (customer, favourite) = customers.Next(rng);
            var at = day.ToDateTime(new TimeOnly(_hour.Pick(rng), rng.Next(60), rng.Next(60)));
            var draft = new OrderDraft(nextOrderId(), at, customer, d, []);
            for (var item = 0; item < 5 && (item == 0 || rng.NextDouble() < 0.35); item++)
            {
                var fromFavourite = item > 0 && favourite >= 0 && rng.NextDouble() < 0.5 && inCategory[favourite].Picker is not null;
                var product = fromFavourite ? active[inCategory[favourite].Index[inCategory[favourite].Picker!.Pick(rng)]] : active[anything.Pick(rng)];
                if (draft.Lines.Any(l => l.ProductId == product.ProductId)) continue;
                draft.Lines.Add(product.Line(draft.Id, at, customer, Quantity(rng), d));
            }
            orders.Add(draft);
        }
        return orders;
    }

    private static int Quantity(Random rng) => rng.NextDouble() switch { < 0.75 => 1, < 0.93 => 2, _ => 3 };
}
