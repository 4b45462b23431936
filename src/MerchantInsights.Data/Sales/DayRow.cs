namespace MerchantInsights.Data.Sales;

/// <summary>One product-day of totals on its way into DailySales (money in whole ten-thousandths).</summary>
public readonly record struct DayRow(string ProductId, DateOnly Day, double Units, double Returns, double Revenue, double SalesRevenue,
    int Orders);
