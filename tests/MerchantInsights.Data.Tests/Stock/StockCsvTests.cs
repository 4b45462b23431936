using MerchantInsights.Analytics.Stock;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Stock;

namespace MerchantInsights.Data.Tests.Stock;

public sealed class StockCsvTests
{
    private static readonly Dictionary<string, string> Products = new() { ["MUG"] = "Kitchen", ["TEA"] = "Tea", ["PEN"] = "" };
    private static readonly StockDefaults Defaults = new(new Dictionary<string, (int, int)> { ["Kitchen"] = (30, 12) });

    private static IReadOnlyList<StockPosition> Read(string text) => StockCsv.Read(new StringReader(text), "stock.csv", Products, Defaults);

    private static CsvImportException Fails(string text) => Assert.Throws<CsvImportException>(() => Read(text));

    [Fact]
    public void Reads_each_product_with_blanks_taking_the_category_default_then_the_shop_default()
    {
        var rows = Read("product_id,on_hand,lead_time_days,order_multiple,unit_cost\nMUG,40,,,4.10\nTEA,0,10,6,\nPEN,5,,,\n");
        Assert.Equal(new StockPosition("MUG", 40, 30, 12, 4.10m), rows[0]);
        Assert.Equal(new StockPosition("TEA", 0, 10, 6, null), rows[1]);
        Assert.Equal(new StockPosition("PEN", 5, StockDefaults.LeadTimeDays, StockDefaults.OrderMultiple, null), rows[2]);
    }

    [Fact]
    public void Columns_may_come_in_any_order_with_extra_columns_and_no_unit_cost()
    {
        var rows = Read("name,order_multiple,product_id,lead_time_days,on_hand\nMug,4,MUG,7,3\n\n");
        Assert.Equal(new StockPosition("MUG", 3, 7, 4, null), Assert.Single(rows));
    }

    [Theory]
    [InlineData("MUG,ten,7,1,", "row 2, column 'on_hand' (value 'ten'): is not a whole number.")]
    [InlineData("MUG,-3,7,1,", "row 2, column 'on_hand' (value '-3'): must be between 0 and 10,000,000.")]
    [InlineData("MUG,,7,1,", "row 2, column 'on_hand': is empty")]
    [InlineData("MUG,3,400,1,", "row 2, column 'lead_time_days' (value '400'): must be between 0 and 365.")]
    [InlineData("MUG,3,7,0,", "row 2, column 'order_multiple' (value '0'): must be between 1 and 1,000,000.")]
    [InlineData("MUG,3,7,1,€4", "row 2, column 'unit_cost' (value '€4'): is not a price like 4.50")]
    [InlineData("MUG,3,7,1,-1", "row 2, column 'unit_cost' (value '-1')")]
    [InlineData(",3,7,1,", "row 2, column 'product_id': the product id is empty.")]
    [InlineData("MUGG,3,7,1,", "row 2, column 'product_id' (value 'MUGG'): no product with this id has been imported")]
    public void A_bad_cell_names_the_file_row_column_and_why(string row, string message)
    {
        var e = Fails($"product_id,on_hand,lead_time_days,order_multiple,unit_cost\n{row}\n");
        Assert.StartsWith("stock.csv, ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_product_twice_names_both_rows()
    {
        var e = Fails("product_id,on_hand,lead_time_days,order_multiple,unit_cost\nMUG,1,7,1,\nTEA,1,7,1,\nMUG,2,7,1,\n");
        Assert.Contains("row 4, column 'product_id' (value 'MUG'): this product is already on row 2", e.Message);
    }

    [Fact]
    public void A_missing_column_or_an_empty_file_says_what_the_header_should_be()
    {
        Assert.Contains("the header has no 'lead_time_days' column; a stock file's header is product_id,on_hand,lead_time_days,order_multiple,unit_cost",
            Fails("product_id,on_hand,leadtime,order_multiple\nMUG,1,7,1\n").Message);
        Assert.Contains("has no product rows", Fails("product_id,on_hand,lead_time_days,order_multiple,unit_cost\n").Message);
        Assert.Contains("is empty", Fails("").Message);
    }
}
