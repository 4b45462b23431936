namespace MerchantInsights.Jobs.Features;

/// <summary>
/// The registered model features, in registration order: what the CLI offers, what can be exported and downloaded,
/// how training jobs are titled and what the side menu lists. Built from every <c>AddModelFeature</c> call.
/// </summary>
public sealed class ModelFeatures
{
    public ModelFeatures(IEnumerable<ModelFeature> features)
    {
        All = [.. features];
        Trained = [.. All.Where(f => f.Trains)];
        Exports = [.. All.SelectMany(f => f.Exports)];
        Navigation = [.. All.Select(f => f.Navigation).OfType<FeatureNavigation>().OrderBy(n => n.Order)];
        // Two features answering to one name would make `train --what` or `export` ambiguous: refuse at start-up.
        var names = All.SelectMany(f => f.Aliases.Append(f.Name)).Concat(Exports.Select(e => "export " + e.Name));
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"Two model features are both called '{twice.Key}'.");
    }

    public IReadOnlyList<ModelFeature> All { get; }
    public IReadOnlyList<ModelFeature> Trained { get; }
    public IReadOnlyList<ModelExport> Exports { get; }
    public IReadOnlyList<FeatureNavigation> Navigation { get; }

    public ModelFeature? Find(string name) => All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public ModelExport? FindExport(string name) => Exports.FirstOrDefault(e => e.Name == name);

    /// <summary>The step a user meant by a name or alias ("prices" → "pricing"); unknown words come back as typed, lower case.</summary>
    public string StepName(string typed)
    {
        var word = typed.Trim().ToLowerInvariant();
        return Trained.FirstOrDefault(f => f.Name == word || f.Aliases.Contains(word, StringComparer.OrdinalIgnoreCase))?.Name ?? word;
    }

    /// <summary>"Train forecasts, prices and recommendations" for everything; otherwise the chosen step names.</summary>
    public string TrainingTitle(IReadOnlyList<string> what) =>
        what.Count == 0 ? "Train " + Phrase.List(Trained.Select(f => f.Noun), "and") : $"Train {string.Join(", ", what)}";
}
