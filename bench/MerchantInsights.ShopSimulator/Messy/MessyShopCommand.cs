using System.Text;

namespace MerchantInsights.ShopSimulator.Messy;

/// <summary>The `shopify-messy` and `marketplace-messy` modes: generate the shop, write its export and its truth, print what is in it.</summary>
public static class MessyShopCommand
{
    public static int Run(string mode, bool small, string output, string truthPath, int seed = 0, int noise = 0)
    {
        var shopify = mode == "shopify-messy" ? new ShopifyShop(small ? ShopifyShop.Small : ShopifyShop.Full, seed: 1124 + seed, noise) : null;
        var marketplace = shopify is null ? new MarketplaceShop(small ? MarketplaceShop.Small : MarketplaceShop.Full, seed: 1111 + seed, noise) : null;
        var lines = shopify?.Generate() ?? marketplace!.Generate();
        var products = shopify?.Products ?? marketplace!.Products;
        var (write, name, description) = shopify is not null
            ? ((Action<TextWriter, IReadOnlyList<MessyLine>>)ShopifyCsv.Write, "Harbour & Pine (Shopify)",
                "European homeware store; Shopify order export columns; service lines, gift cards, tests, bulk, refunds planted.")
            : (CanonicalCsv.Write, "山间茶舍 (marketplace)",
                "Chinese tea shop on a marketplace; canonical columns; Chinese/English service lines, coupons, top-ups, gifts, tests, bulk, refunds planted.");
        using (var file = new StreamWriter(output, false, new UTF8Encoding(false))) write(file, lines);
        MessTruth.Write(truthPath, name, description, lines, products);
        Console.WriteLine($"{lines.Count:N0} lines, {lines.Where(l => l.Quantity > 0).Select(l => l.OrderId).Distinct().Count():N0} orders, " +
            $"{lines.Where(l => l.Merchandise).Select(l => l.ProductId).Distinct().Count()} products, {lines.Select(l => l.Customer).Where(c => c != "").Distinct().Count():N0} customers, " +
            $"{lines.Min(l => l.At):yyyy-MM-dd} to {lines.Max(l => l.At):yyyy-MM-dd}, {new FileInfo(output).Length / 1024:N0} KB");
        Console.WriteLine(MessTruth.Summary(lines));
        Console.WriteLine($"non-merchandise product ids: {lines.Where(l => !l.Merchandise).Select(l => l.ProductId).Distinct().Count()}; lines at 0.00: {lines.Count(l => l.Price == 0)}");
        return 0;
    }
}
