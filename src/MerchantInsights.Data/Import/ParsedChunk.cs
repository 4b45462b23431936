namespace MerchantInsights.Data.Import;

/// <summary>A block of parsed rows handed from the reading thread to the writing thread, with how far the file has been read, and now and
/// then a batch of day totals.</summary>
internal sealed record ParsedChunk(KeyedLine[] Lines, int Count, double FileFraction, int RowsRead, Sales.DayRows? Days = null);
