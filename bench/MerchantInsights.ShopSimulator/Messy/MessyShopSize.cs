namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>How big a simulated messy shop is: its first day, length in days, products, customers and ordinary orders a day.</summary>
public sealed record MessyShopSize(DateOnly First, int Days, int Products, int Customers, double OrdersPerDay, bool Small)
{
    public DateTime End => First.AddDays(Days - 1).ToDateTime(new TimeOnly(23, 59, 59));

    public int DayOf(DateOnly day) => day.DayNumber - First.DayNumber;
}
