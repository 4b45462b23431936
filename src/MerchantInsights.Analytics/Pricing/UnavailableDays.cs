namespace MerchantInsights.Analytics.Pricing;

/// <summary>
/// Runs of days without a sale that the product's own demand makes very unlikely — it was out of stock, unlisted or
/// paused, which exports rarely record. Such days say nothing about price: left in, they read as demand at whatever
/// price the product carried, so a stock-out over a sale week hides the sale's lift and one just before it makes the
/// sale look stronger. A run counts when its chance of no sale at all under the fitted demand is below
/// <see cref="MaxChance"/>; for over-dispersed demand (variance φ·μ, a negative binomial) a day sells nothing with
/// probability φ^(−μ/(φ−1)), more often than Poisson's e^(−μ). A day between two prices (<see cref="UnsoldDays"/>) is
/// judged at the one under which no sale was likelier, so a run is left out only when neither price explains it (a
/// stock-out just before a discount otherwise reads as the discount selling nothing); a promotion read as one sum with
/// its week after is kept whole; only runs that ended (a sale after them) and lasted at most <see cref="MaxDays"/> count.
/// O(rows).
/// </summary>
internal static class UnavailableDays
{
    /// <summary>Below this chance of selling nothing on every day of the run, the product was not for sale (about nine expected
    /// units for a Poisson seller; one such run in 10,000 is left out by mistake).</summary>
    public const double MaxChance = Series.ShopDemandIndex.UnavailableChance;

    /// <summary>A stock-out lasts days to a few weeks; a longer quiet stretch is more likely demand that fell (a product going
    /// out of fashion), which the fit must see, so it stays in.</summary>
    public const int MaxDays = Series.ShopDemandIndex.UnavailableMaxDays;

    /// <summary>The rows of each run of unsold days too long for the product's demand, in day order.</summary>
    /// <param name="design">The product's design (rows in day order).</param>
    /// <param name="expected">The fit's expected units per row.</param>
    /// <param name="dispersion">The fit's dispersion φ (1 = Poisson).</param>
    public static List<int[]> Runs(DemandDesign design, double[] expected, double dispersion)
    {
        // A day between two prices has a row at each: it is judged at the price under which no sale was likelier.
        var partner = Enumerable.Repeat(-1, design.Units.Length).ToArray();
        foreach (var gap in design.Gaps)
            foreach (var (earlier, later) in gap) (partner[earlier], partner[later]) = (later, earlier);
        // Log chance of no sale per expected unit: −1 for Poisson, −ln φ / (φ − 1) for a negative binomial of dispersion φ.
        var perUnit = dispersion > 1.01 ? -Math.Log(dispersion) / (dispersion - 1) : -1.0;
        var runs = new List<int[]>();
        var (run, logChance) = (new List<int>(), 0.0);
        void Close()
        {
            if (run.Count > 0 && logChance < Math.Log(MaxChance) && design.Day[run[^1]] - design.Day[run[0]] < MaxDays) runs.Add([.. run]);
            (run, logChance) = ([], 0.0);
        }
        for (var r = 0; r < design.Units.Length; r++)
        {
            var judged = (design.Weights[r] > 0 || partner[r] >= 0) && (design.Episode is null || design.Episode[r] < 0);
            if (!judged || design.Units[r] > 0)
            {
                Close();
                continue;
            }
            run.Add(r);
            if (partner[r] > r)
            {
                run.Add(partner[r]);
                logChance += perUnit * Math.Min(expected[r], expected[partner[r]]);
                r = partner[r];
            }
            else logChance += perUnit * expected[r];
        }
        // A run still going on the last day is not judged: until it sells again, a stock-out cannot be told from demand
        // that stopped (see Demand/StoppedSelling), and today's level must not assume it is back in stock.
        return runs;
    }
}
