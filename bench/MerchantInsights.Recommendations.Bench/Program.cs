using MerchantInsights.Recommendations.Bench;

// Usage: dotnet run -c Release -- [retail|sim|fbt|scale]... (default: all). Data: /work/shared/data/online_retail.
var parts = args.Length == 0 ? ["sim", "fbt", "retail", "scale"] : args;
ShopSpec[] shops =
[
    new("grocery", 300, 3000, 365, 6, 0.7, 12, 0.35, 3, 10, 0.6, 0.05, 9, 11),
    new("gift-shop", 1500, 4000, 365, 10, 0.8, 6, 0.15, 5, 15, 0.5, 0.15, 20, 12),
];

if (parts.Contains("sim"))
    foreach (var spec in shops)
        RecommenderBench.Run($"simulated {spec.Name}", SimulatedShop.Generate(spec).Lines);
if (parts.Contains("fbt"))
    foreach (var spec in shops)
    {
        // Without taste segments the only true associations are the planted pairs, so any other pair is spurious.
        TogetherBench.Run(SimulatedShop.Generate(spec with { Name = $"{spec.Name}, no taste segments", SegmentStrength = 0 }));
        TogetherBench.Run(SimulatedShop.Generate(spec));
    }
if (parts.Contains("retail"))
{
    var retail = OnlineRetailCsv.Read("/work/shared/data/online_retail/online_retail.csv.gz");
    RecommenderBench.Run("UCI Online Retail", retail);
    TogetherBench.RunReal("UCI Online Retail", retail);
}
if (parts.Contains("scale"))
    ScaleBench.Run(SimulatedShop.Generate(new ShopSpec("scale", 4000, 16000, 365, 20, 0.7, 10, 0.25, 4, 40, 0.5, 0.1, 42, 13)));
