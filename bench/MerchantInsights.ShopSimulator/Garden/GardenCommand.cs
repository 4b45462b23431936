namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>The `young-garden` mode: generate the garden shop with a fixed seed, write its German export and its truth.</summary>
public static class GardenCommand
{
    public const int Seed = 20260201;

    public static int Run(string output, string truthPath, int seed = 0)
    {
        foreach (var path in new[] { output, truthPath })
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
        var shop = new GardenShop(Seed + seed);
        var lines = shop.Generate();
        GardenCsv.Write(output, lines);
        GardenTruth.Write(truthPath, shop, lines);
        Console.WriteLine($"{lines.Count:N0} lines, {lines.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct().Count():N0} orders, " +
            $"{lines.Select(l => l.Product.Id).Distinct().Count()} products, {lines.Select(l => l.Customer).Distinct().Count():N0} customers, " +
            $"{lines.Min(l => l.At):yyyy-MM-dd} to {lines.Max(l => l.At):yyyy-MM-dd}, {new FileInfo(output).Length / 1024:N0} KB");
        Console.WriteLine($"B2B lines {lines.Count(l => l.Kind == GardenLineKind.Business)}, returns {lines.Count(l => l.Kind == GardenLineKind.Return)}, " +
            $"lines without purchase price {lines.Count(l => l.Cost is null)}");
        foreach (var month in lines.Where(l => l.Kind == GardenLineKind.Ordinary).GroupBy(l => l.At.Month))
            Console.Write($"{month.Key:00}:{month.Sum(l => l.Quantity)} ");
        Console.WriteLine("(ordinary units by month)");
        return 0;
    }
}
