namespace MerchantInsights.Data.Import;

/// <summary>How an import treats refused rows.</summary>
public sealed record ImportOptions
{
    /// <summary>Above this share of refused rows the import stops and asks the user (import valid rows, or cancel).</summary>
    public double MaxRejectedShare { get; init; } = 0.05;
    /// <summary>The user's answer "import the valid rows anyway".</summary>
    public bool ImportValidRowsAnyway { get; init; }
    /// <summary>At most this many refused rows are kept for download; the count is always exact.</summary>
    public int MaxStoredRejections { get; init; } = 100_000;
}
