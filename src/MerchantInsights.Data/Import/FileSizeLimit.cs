namespace MerchantInsights.Data.Import;

/// <summary>Refuses a file above the size limit before anything reads it, in words a shop owner can act on.</summary>
public static class FileSizeLimit
{
    public static void Check(string fileName, long size, long maxBytes)
    {
        if (size > maxBytes) throw new CsvImportException(fileName, Describe(size, maxBytes));
    }

    public static string Describe(long size, long maxBytes) =>
        $"the file is {Megabytes(size)}, above the {Megabytes(maxBytes)} limit. Export a shorter date range and upload each part " +
            $"separately.";

    public static string Megabytes(long bytes) => bytes >= 10 * 1048576L || bytes % 1048576 == 0
        ? $"{bytes / 1048576.0:N0} MB"
        : $"{bytes / 1048576.0:N1} MB";
}
