namespace MerchantInsights.Alerts.Bench;

public static class OnlineRetailCheck
{
    public static Task RunAsync(string db) => Task.CompletedTask;
}
