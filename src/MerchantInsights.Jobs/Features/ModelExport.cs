namespace MerchantInsights.Jobs.Features;

/// <summary>One CSV export of a feature: `export NAME --out FILE.csv` on the CLI and /exports/NAME.csv on the web.</summary>
/// <param name="Name">The CLI and download name ("prices"); the file is NAME.csv.</param>
/// <param name="Header">The exact CSV header line, part of the CLI contract.</param>
/// <param name="What">What its model is called in messages ("price suggestions": "There are no price suggestions yet").</param>
/// <param name="Write">Writes the header and rows and returns the number of rows; <see cref="ModelRows"/> does the usual case.</param>
/// <param name="Picks">The --k option, when the export keeps the top k of something.</param>
/// <param name="Input">An extra input file the export needs (a stock file), when it needs one.</param>
/// <param name="Title">What the file holds, in the CLI's help, when it is not the model (reorder points made from the forecasts).</param>
public sealed record ModelExport(
    string Name,
    string Header,
    string What,
    Func<IServiceProvider, ExportRequest, CancellationToken, Task<int>> Write,
    PicksOption? Picks = null,
    ExportInput? Input = null,
    string? Title = null)
{
    /// <summary>What the file holds, for help texts.</summary>
    public string Holds => Title ?? What;
}
