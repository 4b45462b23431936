using MerchantInsights.Data.Sales;
using MerchantInsights.Testing;

namespace MerchantInsights.Data.Tests.Sales;

/// <summary>A product is named by its sale lines: notes on stock adjustments, returns and free lines are not names.</summary>
public sealed class ProductNameTests : ShopTests
{
    private async Task<Dictionary<string, string>> NamesAsync()
    {
        var (page, _) = await new ShopOverview(Shop.Database).ProductPageAsync("", null, false, 0, 50, CancellationToken.None);
        return page.ToDictionary(p => p.ProductId, p => p.Name);
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
