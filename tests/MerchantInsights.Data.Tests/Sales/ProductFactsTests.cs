using MerchantInsights.Data.Sales;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Sales;

/// <summary>What an import records of a product: its name from sale lines (notes on stock adjustments, returns and free
/// lines are not names) and a last price a customer really paid.</summary>
public sealed class ProductFactsTests : ShopTests
{
    private async Task<Dictionary<string, ProductTotal>> ProductsAsync()
    {
        var (page, _) = await new ShopOverview(Shop.Database).ProductPageAsync("", null, false, 0, 50, CancellationToken.None);
        return page.ToDictionary(p => p.ProductId);
    }

    private async Task<Dictionary<string, string>> NamesAsync() => (await ProductsAsync()).ToDictionary(p => p.Key, p => p.Value.Name);

    [Fact]
    public async Task The_last_price_is_the_middle_price_of_the_last_days_sale_lines_not_their_average()
    {
        // Trade customers pay 2.08, or 1.79 from 48 units; a retail guest pays 4.13. The day's average (by units) is 1.90,
        // by lines 2.66 — prices nobody paid.
        await Shop.ImportAsync(Shop.WriteFile("first.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price
            1,2026-01-01 10:00:00,c1,LAMP,Night light,Home,12,2.50
            2,2026-01-02 10:00:00,c1,LAMP,Night light,Home,12,2.08
            3,2026-01-02 11:00:00,c2,LAMP,Night light,Home,48,1.79
            4,2026-01-02 12:00:00,,LAMP,Night light,Home,1,4.13
            5,2026-01-02 13:00:00,,LAMP,Night light,Home,-2,0
            """));
        Assert.Equal(2.08m, (await ProductsAsync())["LAMP"].LastPrice);

        await Shop.ImportAsync(Shop.WriteFile("older.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price
            6,2025-12-20 10:00:00,c3,LAMP,Night light,Home,1,3.00
            """));
        Assert.Equal(2.08m, (await ProductsAsync())["LAMP"].LastPrice);   // a file ending earlier leaves the later day's price

        await Shop.ImportAsync(Shop.WriteFile("newer.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price
            7,2026-01-05 10:00:00,c3,LAMP,Night light,Home,6,2.20
            """));
        Assert.Equal(2.20m, (await ProductsAsync())["LAMP"].LastPrice);
    }

    [Fact]
    public async Task A_later_adjustment_note_does_not_rename_a_product_in_the_same_file_or_a_later_one()
    {
        await Shop.ImportAsync(Shop.WriteFile("first.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price
            1,2026-01-01 10:00:00,c1,MUG,Blue mug,Kitchen,2,4.00
            2,2026-01-02 10:00:00,,MUG,damaged,Kitchen,-3,0
            3,2026-01-03 10:00:00,c2,CUP,Tea cup,Kitchen,1,3.00
            4,2026-01-04 10:00:00,,JAR,check,Kitchen,-1,0
            5,2026-01-05 10:00:00,c1,VASE,Vase (old name),Home,1,9.00
            6,2026-01-06 10:00:00,c1,VASE,Tall vase,Home,1,9.00
            7,2026-01-07 10:00:00,c1,VASE,free sample,Home,1,0
            """));
        var names = await NamesAsync();
        Assert.Equal("Blue mug", names["MUG"]);
        Assert.Equal("check", names["JAR"]);       // never sold: the only name there is
        Assert.Equal("Tall vase", names["VASE"]);  // the latest sale's name still wins

        await Shop.ImportAsync(Shop.WriteFile("second.csv", """
            order_id,order_date,customer_id,product_id,product_name,category,quantity,unit_price
            8,2026-02-01 10:00:00,,MUG,wet damaged,Kitchen,-1,0
            9,2026-02-02 10:00:00,c3,CUP,Tea cup (fine china),Kitchen,1,3.50
            10,2026-02-03 10:00:00,c3,JAR,Glass jar,Kitchen,2,1.50
            """));
        names = await NamesAsync();
        Assert.Equal("Blue mug", names["MUG"]);
        Assert.Equal("Tea cup (fine china)", names["CUP"]);
        Assert.Equal("Glass jar", names["JAR"]);   // a first sale names a product an adjustment named before
    }
}
