namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// One line of a known customer's cleaned demand: <paramref name="Quantity"/> negative for a return,
/// <paramref name="Spend"/> what the cleaned quantity was paid (negative for a return), <paramref name="Category"/> empty when
/// the shop gives none.
/// </summary>
public sealed record CustomerLine(string CustomerId, string OrderId, string ProductId, DateOnly Day, double Quantity, decimal Spend,
    string Category = "");
