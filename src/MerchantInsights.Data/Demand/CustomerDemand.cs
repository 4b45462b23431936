using MerchantInsights.Analytics.Customers;

namespace MerchantInsights.Data.Demand;

/// <summary>
/// The known customers' lines of the cleaned demand, with each product's category, as the customer engine reads them;
/// orders of only gift cards, shipping, free or cancelled lines count as orders with no spend, so every customer with an order is seen.
/// </summary>
public static class CustomerDemand
{
    public static List<CustomerLine> Lines(DemandSnapshot demand) =>
        demand.Lines.Concat(demand.OtherPurchases).Where(l => l.CustomerId is not null)
            .Select(l => new CustomerLine(l.CustomerId!, l.OrderId, l.ProductId, l.Day, l.Quantity, l.Revenue,
                demand.Categories.GetValueOrDefault(l.ProductId, "")))
            .ToList();
}
