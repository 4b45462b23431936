using MerchantInsights.Analytics.Series;

namespace MerchantInsights.Analytics.Tests.Series;

public sealed class MovingAverageTests
{
    [Fact]
    public void Trailing_average_uses_the_last_window_values_and_fewer_at_the_start() =>
        Assert.Equal([1, 1.5, 2, 3, 4], MovingAverage.Trailing([1, 2, 3, 4, 5], 3));

    [Fact]
    public void A_window_of_one_is_the_series_itself() =>
        Assert.Equal([4, 0, 7], MovingAverage.Trailing([4, 0, 7], 1));
}
