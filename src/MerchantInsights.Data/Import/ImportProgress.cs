namespace MerchantInsights.Data.Import;

/// <summary>How far an import is (0–1) and what it is doing.</summary>
public readonly record struct ImportProgress(double Fraction, string Message);
