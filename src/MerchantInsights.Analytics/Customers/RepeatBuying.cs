namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// A customer's repeat buying as the BG/NBD model reads it: <paramref name="Repeats"/> repeat purchase days (x), the age
/// of the last one (t_x, days after the first purchase) and the customer's age at the cut-off (T, days).
/// </summary>
public readonly record struct RepeatBuying(int Repeats, double LastRepeatAge, double Age);
