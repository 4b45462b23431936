namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>An order as the customer placed it, before the shop's export adds its service lines.</summary>
public sealed record OrderDraft(string Id, DateTime At, string Customer, int Day, List<MessyLine> Lines)
{
    public decimal Subtotal => Lines.Sum(l => l.Quantity * l.Price);

    /// <summary>The same order under the id the shop gave it (ids are handed out in time order, after the day is drawn).</summary>
    public OrderDraft WithId(string id) => this with { Id = id, Lines = Lines.Select(l => l with { OrderId = id }).ToList() };
}
