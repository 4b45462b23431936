using System.Globalization;
using MerchantInsights.Analytics.Stock;

namespace MerchantInsights.Web.Components.Pages.Stock;

/// <summary>The numbers of a reorder suggestion in plain words, as the Stock page shows them.</summary>
public static class StockText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Demand(ReorderSuggestion s) => s.LeadTimeDays == 0
        ? $"Expected to sell {s.DailyDemand.ToString("0.#", Culture)} a day. With no lead time, stock can be reordered the day it runs out."
        : $"Expected to sell {s.DailyDemand.ToString("0.#", Culture)} a day, {s.LeadTimeDemand.ToString("N0", Culture)} over the " +
            $"{s.LeadTimeDays}-day lead time.";

    public static string ReorderPoint(ReorderSuggestion s) =>
        $"Reorder point {s.ReorderPoint.ToString("N0", Culture)}: in {s.ServiceLevel.ToString("P0", Culture)} of cases the next " +
            $"{s.LeadTimeDays} days sell no more than that, "
        + "counting days that sell more or less than usual and the chance that the forecast itself is off for weeks at a time.";

    public static string Cover(ReorderSuggestion s, DateOnly lastDataDay) => s switch
    {
        { OnHand: 0 } => $"Out of stock since the data ends ({Day(lastDataDay)}).",
        { DaysOfCover: null } => $"{s.OnHand.ToString("N0", Culture)} on hand: at the expected rate that lasts more than two years.",
        _ => $"{s.OnHand.ToString("N0", Culture)} on hand lasts about {s.DaysOfCover!.Value.ToString("0.#", Culture)} days at the " +
            $"expected rate: it runs out around {Day(s.StockoutDate!.Value)}.",
    };

    public static string Order(ReorderSuggestion s) => s.OrderQuantity == 0
        ? "No order needed yet: stock on hand is at or above the reorder point."
        : $"Order {s.OrderQuantity.ToString("N0", Culture)} (packs of {s.OrderMultiple.ToString("N0", Culture)}) to bring stock up to " +
            $"the reorder point"
          + (s.CashTiedUp is { } cash ? $"; that ties up {cash.ToString("N2", Culture)} in stock."
              : "; enter a unit cost to see the cash it ties up.");

    public static string Day(DateOnly d) => d.ToString("d MMM yyyy", Culture);
}
