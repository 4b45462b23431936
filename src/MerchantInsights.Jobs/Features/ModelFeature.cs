namespace MerchantInsights.Jobs.Features;

/// <summary>
/// Everything the app needs to know about one model feature (forecasts, pricing, recommendations…), in one place, so
/// that adding a feature is its own folder plus one <c>services.AddModelFeature(...)</c>. The CLI, the exports, the
/// download endpoints, the job titles, the training panel and the navigation all read these.
/// </summary>
/// <param name="Name">The training step's name (`train --what NAME`); also the feature's key. Lower case.</param>
/// <param name="Noun">What the feature produces, plural, as job titles say it ("prices" in "Train forecasts, prices and
/// recommendations").</param>
/// <param name="Step">The <see cref="Training.ITrainingStep"/> that trains it; null for a feature that only reads other models.</param>
/// <param name="ModelKinds">The model kinds (<c>ModelKinds.*</c>) the step saves; the first is the one its page shows.</param>
/// <param name="Exports">Its CSV exports (CLI `export` and web downloads).</param>
/// <param name="Aliases">Other spellings `train --what` accepts ("prices", "price").</param>
/// <param name="Navigation">Its entry in the side menu; null when it has no page.</param>
public sealed record ModelFeature(
    string Name,
    string Noun,
    Type? Step,
    IReadOnlyList<string> ModelKinds,
    IReadOnlyList<ModelExport> Exports,
    IReadOnlyList<string> Aliases,
    FeatureNavigation? Navigation)
{
    public bool Trains => Step is not null;
}
