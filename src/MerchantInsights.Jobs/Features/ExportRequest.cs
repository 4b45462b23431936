namespace MerchantInsights.Jobs.Features;

/// <summary>One export being written: to where, with which k (already checked) and which extra input file, if any.</summary>
public sealed record ExportRequest(ModelExport Export, TextWriter Writer, int K, string? InputPath = null);
