namespace MerchantInsights.Analytics.Alerts;

/// <summary>
/// A day far from the product's usual sales that is not flagged because something expected explains it: a price cut
/// (a promotion's first day) or a shop-wide peak such as Black Friday. Shown so the owner sees why it was left out.
/// </summary>
public sealed record ExplainedDay(string ProductId, DateOnly Day, double Units, double Usual, string Reason);
