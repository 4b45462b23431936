namespace MerchantInsights.Analytics.Recommendations;

/// <summary>The chosen recommender, fitted on all lines, with the hold-out evaluation that chose it.</summary>
public sealed class RecommendationModel
{
    private readonly ICandidateModel _model;
    private readonly ShopSnapshot _snapshot;
    private readonly PurchaseHistory _history;
    private readonly Dictionary<string, int> _customers;

    internal RecommendationModel(string chosenModel, string whyChosen, IReadOnlyList<ModelEvaluation> evaluations,
        ICandidateModel model, ShopSnapshot snapshot, PurchaseHistory history)
    {
        ChosenModel = chosenModel;
        WhyChosen = whyChosen;
        Evaluations = evaluations;
        _model = model;
        _snapshot = snapshot;
        _history = history;
        _customers = history.CustomerIds.Select((id, i) => (id, i)).ToDictionary(c => c.id, c => c.i, StringComparer.Ordinal);
    }

    /// <summary>The method that scored best on the held-out days and makes the picks (a <see cref="ModelEvaluation"/> name).</summary>
    public string ChosenModel { get; }
    /// <summary>In plain words, why that method was chosen.</summary>
    public string WhyChosen { get; }
    /// <summary>How each method tried scored on the held-out days.</summary>
    public IReadOnlyList<ModelEvaluation> Evaluations { get; }

    /// <summary>Top <paramref name="k"/> picks; an unknown customer gets what is popular right now.</summary>
    public IReadOnlyList<CustomerPick> For(string customerId, int k)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        var user = _customers.GetValueOrDefault(customerId, -1);
        return Picks(new TopPicks(_snapshot), customerId, user, k);
    }

    /// <summary>Picks for every customer with at least one order, ordered by customer id (ordinal) then rank.</summary>
    public IReadOnlyList<CustomerPick> ForAll(int k)
    {
        var order = _customers.OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var results = new IReadOnlyList<CustomerPick>[order.Length];
        Parallel.For(0, order.Length, () => new TopPicks(_snapshot), (i, _, picks) =>
        {
            results[i] = Picks(picks, order[i].Key, order[i].Value, k);
            return picks;
        }, _ => { });
        return [.. results.SelectMany(r => r)];
    }

    private List<CustomerPick> Picks(TopPicks picks, string customerId, int user, int k) =>
        [.. picks.Select(_model, user, Math.Max(0, k)).Select((p, r) =>
            new CustomerPick(customerId, r + 1, _history.ProductIds[p.Item], p.Score, PickReason.Describe(p.Reason, _history.ProductIds)))];
}
