using System.Text.Json;

namespace MerchantInsights.Plausibility.Bench;

/// <summary>The ground truth of which product ids are not merchandise: a simulated shop's truth file, or the list for UCI Online Retail.</summary>
public static class NonMerchandise
{
    /// <summary>
    /// Found by reading the whole UCI Online Retail file (541,909 lines): every stock code that is not five digits plus
    /// an optional letter, and five-digit codes whose descriptions are all a charge. The DCGS… codes and 46000S/M are
    /// left out: they are real items (ashtray, dog collars, filler pads) sold through eBay and the dot-com shop.
    /// </summary>
    public static readonly IReadOnlyList<(string Id, string Why)> OnlineRetail =
    [
        ("POST", "POSTAGE"), ("DOT", "DOTCOM POSTAGE"), ("C2", "CARRIAGE"), ("23444", "Next Day Carriage"), ("23574", "PACKING CHARGE"),
        ("M", "Manual (manual price entries, 0.00 to 38,970)"), ("m", "Manual"), ("D", "Discount"), ("S", "SAMPLES"), ("B", "Adjust bad debt"),
        ("BANK CHARGES", "Bank Charges"), ("AMAZONFEE", "AMAZON FEE"), ("CRUK", "CRUK Commission (charity commission)"),
        ("PADS", "PADS TO MATCH ALL CUSHIONS (given with cushions at 0.00 or 0.001)"),
        ("gift_0001_10", "Dotcomgiftshop Gift Voucher £10.00"), ("gift_0001_20", "Dotcomgiftshop Gift Voucher £20.00"),
        ("gift_0001_30", "Dotcomgiftshop Gift Voucher £30.00"), ("gift_0001_40", "Dotcomgiftshop Gift Voucher £40.00"),
        ("gift_0001_50", "Dotcomgiftshop Gift Voucher £50.00"),
    ];

    /// <summary>The truth file's NonMerchandise list: Id, Name and Kind of every non-merchandise product.</summary>
    public static IReadOnlyList<(string Id, string Why)> FromTruth(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("NonMerchandise").EnumerateArray()
            .Select(e => (e.GetProperty("Id").GetString()!, $"{e.GetProperty("Name").GetString()} ({e.GetProperty("Kind").GetString()})")).ToList();
    }
}
