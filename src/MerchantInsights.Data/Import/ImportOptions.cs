namespace MerchantInsights.Data.Import;

/// <summary>How an import treats refused rows, and how large a file it accepts.</summary>
public sealed record ImportOptions
{
    /// <summary>500 MB: about four million order lines, far more than a small shop's years of orders.</summary>
    public const long DefaultMaxFileBytes = 500L * 1024 * 1024;

    /// <summary>Above this share of refused rows the import stops and asks the user (import valid rows, or cancel).</summary>
    public double MaxRejectedShare { get; init; } = 0.05;
    /// <summary>The user's answer "import the valid rows anyway".</summary>
    public bool ImportValidRowsAnyway { get; init; }
    /// <summary>At most this many refused rows are kept for download; the count is always exact.</summary>
    public int MaxStoredRejections { get; init; } = 100_000;
    /// <summary>Larger files are refused before a byte is read; the web upload accepts exactly this much.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
    /// <summary>
    /// Only for an import that nothing else is waiting on (the CLI): into a database with no import yet, write the pages once
    /// through a rollback journal instead of twice (write-ahead log, then checkpoint). Readers of the file wait until it commits.
    /// </summary>
    public bool WriteOnceWhenFirst { get; init; }
}
