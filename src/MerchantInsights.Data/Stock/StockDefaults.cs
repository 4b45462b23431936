namespace MerchantInsights.Data.Stock;

/// <summary>
/// Lead time and pack size for a product the owner left blank: its category's default, else two weeks and single units
/// (a common supplier lead time for small shops; the owner changes it on the Stock page).
/// </summary>
public sealed record StockDefaults(IReadOnlyDictionary<string, (int LeadTimeDays, int OrderMultiple)> ByCategory)
{
    public const int LeadTimeDays = 14;
    public const int OrderMultiple = 1;

    public static StockDefaults None { get; } = new(new Dictionary<string, (int, int)>());

    public (int LeadTimeDays, int OrderMultiple) For(string? category) =>
        category is not null && ByCategory.TryGetValue(category, out var d) ? d : (LeadTimeDays, OrderMultiple);
}
