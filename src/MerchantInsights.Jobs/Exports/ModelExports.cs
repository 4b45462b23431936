using MerchantInsights.Jobs.Features;

namespace MerchantInsights.Jobs.Exports;

/// <summary>
/// Writes any registered export (see <see cref="ModelFeatures"/>) by name, with the exact header of the CLI contract
/// (issues 5–7). The CLI and the web app's download buttons both come here. Returns the number of data rows written.
/// </summary>
public sealed class ModelExports(ModelFeatures features, IServiceProvider services)
{
    public IReadOnlyList<string> Kinds { get; } = [.. features.Exports.Select(e => e.Name)];

    /// <summary>k is ignored by exports without a --k; inputPath is the extra file of exports that need one.</summary>
    public Task<int> WriteAsync(string kind, TextWriter writer, int? k, CancellationToken ct, string? inputPath = null)
    {
        var export = features.FindExport(kind)
            ?? throw new ArgumentException($"Unknown export '{kind}'. Choose from: {string.Join(", ", Kinds)}.");
        var top = k ?? export.Picks?.Default ?? 0;
        if (export.Picks?.Problem(top) is { } problem) throw new ArgumentException($"--k {problem}.");
        if (export.Input is { } input && inputPath is null) throw new
            ArgumentException($"The {export.Name} export needs --{input.Option}.");
        return export.Write(services, new ExportRequest(export, writer, top, inputPath), ct);
    }
}
