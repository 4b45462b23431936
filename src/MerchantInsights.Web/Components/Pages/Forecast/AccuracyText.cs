using MerchantInsights.Analytics.Forecasting;
using MerchantInsights.Analytics.Forecasting.Global;

namespace MerchantInsights.Web.Components.Pages.Forecast;

/// <summary>Back-test accuracy in plain words: compared with repeating last week, and how often the bands held.</summary>
public static class AccuracyText
{
    public static string Versus(double mase, double naiveMase)
    {
        if (!double.IsFinite(mase) || !double.IsFinite(naiveMase) || naiveMase <= 0)
            return "Not enough history to measure accuracy against repeating last week yet.";
        var gain = 1 - mase / naiveMase;
        var verdict = gain >= 0.005 ? $"Our forecast is {gain:P0} more accurate than repeating last week"
            : gain <= -0.005 ? $"Repeating last week was {-gain:P0} more accurate in back-tests, so treat this forecast with care"
            : "Our forecast is as accurate as repeating last week";
        return $"{verdict} (error {mase:0.00} vs {naiveMase:0.00} on the MASE scale, where 1.00 is the size of a typical week-to-week " +
            $"change).";
    }

    public static string Coverage(double coverage80, double coverage95) =>
        double.IsFinite(coverage80)
            ? $"In back-tests {coverage80:P0} of days fell inside the 80% band and {coverage95:P0} inside the 95% band (ideal: 80% and " +
                $"95%)."
            : "The bands could not be checked on past data yet.";

    /// <summary>The shop's held-out weeks: the final choice and the shop-wide model against the best simple method.</summary>
    public static string Shop(ShopForecastAccuracy? shop)
    {
        if (shop is null || shop.Products == 0 || !double.IsFinite(shop.Chosen)) return "";
        var gain = 1 - shop.Chosen / shop.BestBaseline;
        return $"On your last weeks held out ({shop.Products:N0} products) the forecasts scored {shop.Chosen:0.00} against " +
            $"{shop.BestBaseline:0.00} for the best simple method "
            + $"({(gain >= 0 ? $"{gain:P0} better" : $"{-gain:P0} worse")}); the shop-wide model, trained on all your products, scored " +
                $"{shop.ShopModel:0.00} and each product's own method {shop.PerProduct:0.00}. ";
    }

    public static string Of(ForecastAccuracy a) =>
        $"{Versus(a.Mase, a.SeasonalNaiveMase)} {(a.BacktestOrigins == 1 ? $"Measured on your last {a.BacktestDays} days, held out." : $"Measured on {a.BacktestOrigins} back-tests of {a.BacktestDays} days each.")} {Coverage(a.Coverage80, a.Coverage95)}";
}
