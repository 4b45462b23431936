using MerchantInsights.Data.Import;

namespace MerchantInsights.Data.Tests.Import;

public sealed class DateOrderDetectorTests
{
    [Fact]
    public void A_first_number_above_12_means_day_first() =>
        Assert.Equal(DateOrder.DayFirst, DateOrderDetector.Detect(["03/04/2025 10:00", "25/04/2025 11:00"]).Order);

    [Fact]
    public void A_second_number_above_12_means_month_first() =>
        Assert.Equal(DateOrder.MonthFirst, DateOrderDetector.Detect(["4/3/2025", "4/25/2025"]).Order);

    [Fact]
    public void Iso_dates_are_year_first() =>
        Assert.Equal(DateOrder.YearFirst, DateOrderDetector.Detect(["2025-04-03 10:00:00"]).Order);

    [Fact]
    public void Ambiguous_dates_say_so()
    {
        var (order, reason) = DateOrderDetector.Detect(["03/04/2025", "05/06/2025"]);
        Assert.Equal(DateOrder.MonthFirst, order);
        Assert.StartsWith("No date in the sample tells day-first from month-first", reason);
    }
}
