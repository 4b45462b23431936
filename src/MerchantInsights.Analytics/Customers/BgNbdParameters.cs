namespace MerchantInsights.Analytics.Customers;

/// <summary>
/// BG/NBD parameters: purchase rates λ ~ Gamma(shape <paramref name="R"/>, rate <paramref name="Alpha"/> in days), and the
/// chance p of dropping out after each purchase ~ Beta(<paramref name="A"/>, <paramref name="B"/>).
/// <paramref name="LogLikelihood"/> is the fitted sample's total.
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B, double LogLikelihood = double.NaN);
