namespace MerchantInsights.Data.Import;

/// <summary>What the upload page shows before importing: the first rows, the suggested mapping, and why each guess was made.</summary>
public sealed record FilePreview(
    string FileName,
    char Delimiter,
    string EncodingName,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    ColumnMapping SuggestedMapping,
    string DateOrderReason,
    string NumberStyleReason);
