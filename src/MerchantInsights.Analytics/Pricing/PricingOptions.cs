namespace MerchantInsights.Analytics.Pricing;

/// <summary>Guardrails and assumptions of the price suggestions; the owner can change each.</summary>
public sealed record PricingOptions
{
    /// <summary>Margin assumed when a product has no unit cost (cost = (1 − margin) × current price); null = optimise revenue.</summary>
    public double? AssumedMargin { get; init; } = 0.4;
    /// <summary>The suggestion stays within this share of today's price (0.2 = ±20%).</summary>
    public double MaxChange { get; init; } = 0.20;
    /// <summary>…and at most this far beyond the lowest and highest price the product has sold at.</summary>
    public double MaxBeyondObserved { get; init; } = 0.10;
    /// <summary>Days of history used (the most recent).</summary>
    public int HistoryDays { get; init; } = 730;
    /// <summary>Below this spread of log prices (about ±3%) the product's own response cannot be measured.</summary>
    public double MinLogPriceSpread { get; init; } = 0.03;
    /// <summary>Products whose price today is under this (free lines, placeholders) are not priced.</summary>
    public double MinRealPrice { get; init; } = 0.01;
    /// <summary>Every product's demand is read relative to the shop-wide daily demand index (an offset), so shop-wide peaks are not price
    /// responses.</summary>
    public bool UseShopIndex { get; init; } = true;
    /// <summary>
    /// The days just after a short discount (its dip: shoppers stocked up) are left out (see <see cref="PromotionCalendar"/>).
    /// Off by default: which days are left out depends on where the quiet days after a discount fall, which biases the
    /// fit once unsold days are weighed (<see cref="UnsoldDayPrices"/>); stocking up is handled by <see cref="PromotionEpisodes"/>.
    /// </summary>
    public bool ExcludePromotionDips { get; init; }
    /// <summary>
    /// The suggestion maximises the pessimistic profit (low end of the 80% range) rather than the expected one, so an
    /// uncertain product takes a smaller, measured step toward its optimum (see <see cref="PriceSuggester"/>).
    /// </summary>
    public bool CautiousSteps { get; init; } = true;
    /// <summary>An unsold day between two different prices is read at both, weighted by where the change most likely fell (see
    /// <see cref="UnsoldDays"/>).</summary>
    public bool UnsoldDayPrices { get; init; } = true;
    /// <summary>How long the shop's discounts last, which tells where among a slow seller's unsold days a discount most likely
    /// began and ended (<see cref="UnsoldDays"/>). Null (the default): read from the discounts the shop's own sales show whole
    /// (<see cref="DiscountLength.Of"/>).</summary>
    public DiscountLength? DiscountLengths { get; init; }
    /// <summary>
    /// A promotion and the <see cref="PromotionCalendar.DipDays"/> days after it are read as one sum, units sold against
    /// units expected, so units pulled forward by stocking up (bought on the promotion instead of afterwards) net out
    /// instead of reading as price response; the dip days then stay in. Null (the default): decided from the shop's own
    /// sales — on when, over all products, sales in the weeks after promotions fall clearly below what the model expects
    /// at the regular price (<see cref="PullForward"/>); reading the sums costs precision, so it is not done without cause.
    /// </summary>
    public bool? PromotionEpisodes { get; init; }
    /// <summary>Short discounts also get a lift term of their own (pull-forward, shoppers drawn by the sale), so only their depth and
    /// lasting changes teach the elasticity.</summary>
    public bool SeparatePromotions { get; init; } = false;
    /// <summary>Runs of unsold days the product's own demand makes very unlikely (out of stock, unlisted) are left out of the fit
    /// (see <see cref="UnavailableDays"/>).</summary>
    public bool LeaveOutUnavailableDays { get; init; } = true;
    /// <summary>Category means lean toward the shop's by as much as the categories are seen to differ (a third level of pooling,
    /// see <see cref="ElasticityPooling"/>), so a category read from a few noisy products does not carry its members with it.</summary>
    public bool PoolCategoriesTowardShop { get; init; } = true;
    /// <summary>Each product's offset is the shop index times its category's own season (<see
    /// cref="Series.ShopDemandIndex.CategorySeasons"/>), so a category busier than the shop in its months (watering in summer)
    /// is not read as price response.</summary>
    public bool CategorySeasons { get; init; } = true;
    /// <summary>Demand is taken not to rise with the price: the elasticity's posterior is read at ε ≤ 0 (see <see
    /// cref="SignConstraint"/>), so a product whose sales happened to rise with its price is not told that a dearer price sells
    /// more.</summary>
    public bool DemandFallsWithPrice { get; init; } = true;
}
