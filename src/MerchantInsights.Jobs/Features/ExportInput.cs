namespace MerchantInsights.Jobs.Features;

/// <summary>An extra file an export reads besides the models, given on the CLI as `--OPTION FILE` (`--stock stock.csv`).</summary>
/// <param name="Option">The option name without dashes ("stock").</param>
/// <param name="Description">The option's help text ("Stock levels CSV: product_id,on_hand").</param>
public sealed record ExportInput(string Option, string Description);
