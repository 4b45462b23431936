using System.Text.Json;
using MerchantInsights.ShopSimulator;

// (demo, the messy shops and young-garden take --seed N: another draw of the same shop; 0, the default, is the one in use)
// demo  --out FILE --truth FILE         the embedded demo shop (60 products, two years to 2026-10-31) and its hidden truth
// big   --lines N --products N --out F  a large canonical file for the import benchmark, streamed
// check --in FILE                       prints the realism figures and exits 1 when one is off
// shopify-messy     --out FILE --truth FILE [--small]  a Shopify store's order export with real-world mess, and its truth
//                   (both messy shops: [--noise N] the same shop's days drawn again: same catalogue, prices, customers)
// marketplace-messy --out FILE --truth FILE [--small]  a Chinese marketplace tea shop's export with real-world mess, and its truth
// young-garden      --out FILE --truth FILE          a young German garden shop's export (semicolons, decimal comma), and its truth
var mode = args.FirstOrDefault() ?? "demo";
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var first = new DateOnly(2024, 11, 1);
const int days = 730;

switch (mode)
{
    case "demo":
    {
        var seed = int.Parse(Arg("--seed", "0"));
        var rng = new Random(20261031 + seed);
        var products = Catalogue.Build(rng, first, days);
        var simulation = new ShopSimulation(products, first, days, customers: 5200, scale: 0.16, seed: 7 + seed);
        using (var output = new StreamWriter(Arg("--out", "wwwroot-assets/demo-shop.csv"))) simulation.Write(output);
        var truth = new
        {
            Note = "Hidden truth of the simulated demo shop: demand ~ Poisson(base × season × (price/base price)^elasticity).",
            Products = products.Select(p => new { p.Id, p.Name, p.Category, p.BasePrice, p.Cost, p.Elasticity, p.BaseDemand, p.Launch, p.Discontinued }),
            PlantedPairs = Catalogue.PlantedPairs.Select(p => new { p.First, p.Second }),
        };
        File.WriteAllText(Arg("--truth", "wwwroot-assets/demo-shop-truth.json"), JsonSerializer.Serialize(truth, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"{simulation.Lines:N0} lines, {products.Count} products");
        return 0;
    }
    case "big":
    {
        var lines = long.Parse(Arg("--lines", "1000000"));
        var count = int.Parse(Arg("--products", "1000"));
        var rng = new Random(1);
        var products = Enumerable.Range(1, count).Select(i =>
        {
            var price = Math.Round(5 + 95 * rng.NextDouble(), 2);
            return new SimProduct($"SKU-{i:00000}", $"Product {i}, size {1 + i % 5}", $"Category {1 + i % 12}", price, Math.Round(price * 0.5, 2),
                -1.5, 1 + 4 * rng.NextDouble(), first, null, Enumerable.Repeat(price, days).ToArray());
        }).ToList();
        // Lines per unit of demand are about 1.2 (partners, extras, returns) and the season averages about 1.3.
        var scale = lines / (products.Sum(p => p.BaseDemand) * days * 1.2 * 1.3);
        var simulation = new ShopSimulation(products, first, days, customers: 50_000, scale, seed: 3);
        using (var output = new StreamWriter(Arg("--out", "/tmp/big.csv"), false, new System.Text.UTF8Encoding(false), 1 << 16)) simulation.Write(output);
        Console.WriteLine($"{simulation.Lines:N0} lines, {count} products");
        return 0;
    }
    case "check":
        return ShopCheck.Run(Arg("--in", "wwwroot-assets/demo-shop.csv"));
    case "shopify-messy" or "marketplace-messy":
        return MerchantInsights.ShopSimulator.Messy.MessyShopCommand.Run(mode, args.Contains("--small"),
            Arg("--out", $"/tmp/{mode}.csv"), Arg("--truth", $"/tmp/{mode}-truth.json"), int.Parse(Arg("--seed", "0")),
            int.Parse(Arg("--noise", "0")));
    case "young-garden":
        return MerchantInsights.ShopSimulator.Garden.GardenCommand.Run(Arg("--out", "/tmp/young-garden.csv"), Arg("--truth", "/tmp/young-garden-truth.json"),
            int.Parse(Arg("--seed", "0")));
    default:
        Console.Error.WriteLine("usage: demo | big | check | shopify-messy | marketplace-messy | young-garden");
        return 2;
}
