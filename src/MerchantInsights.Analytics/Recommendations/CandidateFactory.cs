namespace MerchantInsights.Analytics.Recommendations;

/// <summary>Fits the candidate models on one snapshot with given settings.</summary>
internal sealed class CandidateFactory(ShopSnapshot snapshot, RecommendationOptions options, CancellationToken cancellationToken)
{
    private EaseGram? _gram;
    private ItemKnnModel? _knn;
    private readonly Dictionary<double, EaseModel> _ease = [];

    public ShopSnapshot Snapshot => snapshot;

    public static readonly string[] Names =
        [PopularityModel.ModelName, BuyAgainModel.ModelName, ItemKnnModel.ModelName, EaseModel.ModelName, BlendModel.ModelName];

    public ICandidateModel Create(string name, TunedSettings settings) => name switch
    {
        PopularityModel.ModelName => new PopularityModel(snapshot),
        BuyAgainModel.ModelName => new BuyAgainModel(snapshot, settings.BuyAgainHalfLife),
        ItemKnnModel.ModelName => Knn(),
        EaseModel.ModelName => Ease(settings.EaseLambda),
        BlendModel.ModelName => new BlendModel(new BuyAgainModel(snapshot, settings.BuyAgainHalfLife),
            Create(settings.BlendDiscovery, settings),
            snapshot, settings.BlendWeight, settings.BlendPopularWeight),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown recommender."),
    };

    private ItemKnnModel Knn() => _knn ??= ItemKnnModel.Fit(snapshot, options, cancellationToken);

    private EaseModel Ease(double lambda)
    {
        if (_ease.TryGetValue(lambda, out var model)) return model;
        _gram ??= EaseGram.Build(snapshot, options.EaseMaxProducts, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _ease[lambda] = EaseModel.Fit(snapshot, _gram, lambda, cancellationToken);
    }
}
