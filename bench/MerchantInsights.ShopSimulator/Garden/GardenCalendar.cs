namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>The shop's nine months: first order 2026-02-01, export date 2026-10-31, and the dated events of the season.</summary>
public static class GardenCalendar
{
    public static readonly DateOnly First = new(2026, 2, 1);
    public static readonly DateOnly Export = new(2026, 10, 31);
    public static int Days => Export.DayNumber - First.DayNumber + 1;

    public static DateOnly Day(int index) => First.AddDays(index);

    /// <summary>The two shop-wide 'Frühlingsrabatt' weeks, 20% off everything.</summary>
    public static readonly (DateOnly From, DateOnly To)[] SpringSales = [(new(2026, 3, 16), new(2026, 3, 22)), (new(2026, 4, 20), new(2026, 4, 26))];
    public const decimal SpringDiscount = 0.20m;

    /// <summary>Fertiliser costs 8% more from this day on, for good.</summary>
    public static readonly DateOnly FertiliserRise = new(2026, 7, 1);
    public const decimal FertiliserFactor = 1.08m;

    /// <summary>Two 10-day July heat waves with three times the watering demand.</summary>
    public static readonly (DateOnly From, DateOnly To)[] HeatWaves = [(new(2026, 7, 4), new(2026, 7, 13)), (new(2026, 7, 21), new(2026, 7, 30))];
    public const double HeatWaveFactor = 3.0;

    public static bool Within(DateOnly day, (DateOnly From, DateOnly To) span) => day >= span.From && day <= span.To;
}
