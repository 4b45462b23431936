using MerchantInsights.Analytics.Demand;

namespace MerchantInsights.Analytics.Tests.Demand;

public sealed class ServiceLineTests
{
    [Theory]
    [InlineData("POST", "POSTAGE")]
    [InlineData("DOT", "DOTCOM POSTAGE")]
    [InlineData("C2", "CARRIAGE")]
    [InlineData("BANK CHARGES", "Bank Charges")]
    [InlineData("AMAZONFEE", "AMAZON FEE")]
    [InlineData("CRUK", "CRUK Commission")]
    [InlineData("M", "Manual")]
    [InlineData("D", "Discount")]
    [InlineData("S", "SAMPLES")]
    [InlineData("B", "Adjust bad debt")]
    [InlineData("gift_0001_20", "Dotcomgiftshop Gift Voucher £20.00")]
    [InlineData("", "Standard shipping")]
    [InlineData("SHIP-EXP", "Express Shipping")]
    [InlineData("GC-25", "Gift Card €25")]
    [InlineData("TIP", "Tip")]
    [InlineData("WRAP", "Gift wrap")]
    [InlineData("23444", "Next Day Carriage")]
    [InlineData("X1", "运费")]
    [InlineData("X2", "顺丰邮费")]
    [InlineData("X3", "支付手续费")]
    [InlineData("X4", "平台佣金")]
    [InlineData("X5", "优惠券")]
    [InlineData("X6", "满减折扣")]
    [InlineData("X7", "礼品卡 100元")]
    [InlineData("X8", "代金券")]
    [InlineData("X9", "补差价")]
    [InlineData("100000000888", "补差价专用链接 拍下请联系客服")]
    [InlineData("YF001", "邮费补拍 偏远地区")]
    [InlineData("ZP-CHALOU", "【赠品】茶漏 随机颜色")]
    [InlineData("23574", "PACKING CHARGE")]
    [InlineData("SAMPLE-CANDLE-MINI", "Free sample - Soy candle mini")]
    [InlineData("FEE-HANDLING", "Handling fee 手续费")]
    public void Service_lines_are_recognised_by_name_or_code_in_english_and_chinese(string id, string name) =>
        Assert.NotNull(ServiceNames.Reason(id, name));

    [Theory]
    [InlineData("22423", "REGENCY CAKESTAND 3 TIER")]
    [InlineData("21137", "BLACK RECORD COVER FRAME")]
    [InlineData("T1", "TOY DELIVERY VAN")]
    [InlineData("T2", "VINTAGE CARRIAGE CLOCK")]
    [InlineData("T3", "POSTCARD SET OF 12")]
    [InlineData("T4", "POST BOX MONEY BANK RED")]
    [InlineData("T5", "手工陶瓷茶杯")]
    [InlineData("T8", "PACKING TAPE DISPENSER")]
    [InlineData("T9", "明前龙井 特级 250g 礼盒装")]
    [InlineData("T7", "Test tube vase")]
    [InlineData("22045", "SPACEBOY GIFT WRAP")]
    [InlineData("22944", "CHRISTMAS METAL POSTCARD WITH BELLS")]
    [InlineData("85168B", "BLACK BAROQUE CARRIAGE CLOCK")]
    public void Merchandise_with_similar_words_is_not_a_service_line(string id, string name) =>
        Assert.Null(ServiceNames.Reason(id, name));

    [Fact]
    public void A_charge_sold_once_at_many_unrelated_prices_is_not_merchandise_whatever_its_name()
    {
        var shop = new Lines();
        var rng = new Random(3);
        for (var i = 0; i < 40; i++) shop.Add($"O{i}", $"c{i}", "X99", i, 1, Math.Round(1 + 200 * rng.NextDouble(), 2));
        for (var i = 0; i < 40; i++) shop.Add($"O{i}", $"c{i}", "MUG", i, 1 + i % 3, 12.5);
        var cleaned = shop.Clean();
        Assert.False(cleaned.Classes["X99"].IsMerchandise);
        Assert.Contains("one at a time", cleaned.Classes["X99"].Reason);
        Assert.True(cleaned.Classes["MUG"].IsMerchandise);
        Assert.All(cleaned.Roles.Where((_, i) => shop.All[i].ProductId == "X99"), r => Assert.Equal(LineRole.NotMerchandise, r));
    }

    [Fact]
    public void A_real_product_whose_latest_line_is_a_stock_note_stays_merchandise()
    {
        var shop = new List<SaleLine>();
        for (var i = 0; i < 20; i++) shop.Add(new SaleLine(i, $"O{i}", "c1", "22740", new DateTime(2025, 1, 1).AddDays(i), 2, 3.75, "POLKADOT PEN"));
        shop.Add(new SaleLine(99, "X", null, "22740", new DateTime(2025, 2, 1), -5, 0, "adjustment"));
        var cleaned = DemandCleaner.Clean(shop, new Dictionary<string, string> { ["22740"] = "adjustment" }, DemandDecisions.None, new CleaningOptions());
        Assert.True(cleaned.Classes["22740"].IsMerchandise);
    }

    [Fact]
    public void The_owners_word_wins_both_ways()
    {
        var shop = new Lines();
        shop.Add("O1", "c1", "POST", 0, 1, 18);
        shop.Add("O1", "c1", "MUG", 0, 1, 12);
        var decisions = new DemandDecisions(new Dictionary<string, bool> { ["POST"] = true, ["MUG"] = false }, new HashSet<long>());
        var cleaned = shop.Clean(new Dictionary<string, string> { ["POST"] = "POSTAGE", ["MUG"] = "Mug" }, decisions);
        Assert.True(cleaned.Classes["POST"].IsMerchandise);
        Assert.False(cleaned.Classes["MUG"].IsMerchandise);
        Assert.True(cleaned.Classes["MUG"].ByOwner);
    }

    [Fact]
    public void Free_and_placeholder_prices_carry_no_demand()
    {
        var shop = new Lines();
        for (var i = 0; i < 10; i++) shop.Add($"O{i}", "c1", "MUG", i, 2, 12.5);
        var zero = shop.Add("T1", "owner", "MUG", 11, 1, 0);
        var tiny = shop.Add("T2", "owner", "MUG", 12, 5, 0.001);
        var cent = shop.Add("T4", "owner", "MUG", 12, 1, 0.01);
        var sample = shop.Add("T3", "owner", "MUG", 13, 1, 0.5);
        var cleaned = shop.Clean();
        Assert.All(new[] { zero, tiny, cent, sample }, i => Assert.Equal(LineRole.Free, cleaned.Roles[i]));
        Assert.All(new[] { zero, tiny, cent, sample }, i => Assert.Equal(0, cleaned.Demand[i]));
        Assert.Equal(4, cleaned.Counts.FreeLines);
    }

    [Fact]
    public void A_product_never_sold_at_a_real_price_is_not_merchandise()
    {
        var shop = new Lines();
        shop.Add("O1", null, "PADS", 0, 1, 0.001);
        shop.Add("O2", null, "PADS", 1, 1, 0);
        Assert.False(shop.Clean().Classes["PADS"].IsMerchandise);
    }
}
