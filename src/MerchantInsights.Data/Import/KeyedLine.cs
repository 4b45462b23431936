namespace MerchantInsights.Data.Import;

/// <summary>A validated line with its position among the order's lines of that product and its identity key.</summary>
public readonly record struct KeyedLine(ParsedLine Line, int Occurrence, long Key);
