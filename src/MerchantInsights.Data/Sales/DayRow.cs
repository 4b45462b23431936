namespace MerchantInsights.Data.Sales;

/// <summary>One product-day of totals on its way into DailySales (money in whole ten-thousandths).</summary>
public readonly record struct DayRow(string ProductId, DateOnly Day, double Units, double Returns, double Revenue, double SalesRevenue,
    int Orders);

/// <summary>The first <see cref="Count"/> rows of <see cref="Rows"/>, an array rented from the shared pool.</summary>
public readonly record struct DayRows(DayRow[] Rows, int Count);
