using System.Globalization;
using System.Text;

namespace MerchantInsights.Analytics.Demand;

/// <summary>
/// Recognises non-merchandise lines by their name or id, in English and Chinese: shipping, payment and bank charges,
/// marketplace fees and commissions, manual adjustments, discounts and coupons, samples, donations, gift cards and
/// vouchers, tips, gift wrap and test lines. A name counts only when it is essentially the keyword: after removing the
/// keyword and filler words (standard, express, fee, amounts…) at most one other word (or four Chinese characters)
/// may remain (none for gift wrap: "Spaceboy gift wrap" is wrapping paper for sale), so "Standard shipping" and
/// "Gift Card €25" match while "Toy delivery van" does not.
/// </summary>
public static class ServiceNames
{
    private static readonly (string What, string[] Phrases, int Leftover)[] Kinds =
    [
        ("a shipping or postage charge",
            ["postage", "shipping", "delivery", "carriage", "freight", "courier", "p&p", "运费", "邮费", "快递费", "配送费", "邮资", "物流费"], 1),
        ("a payment or bank charge", ["bank charges", "bank charge", "payment fee", "transaction fee", "card fee", "paypal fee", "手续费",
            "支付费"], 1),
        ("a marketplace fee or commission", ["amazon fee", "ebay fee", "etsy fee", "marketplace fee", "commission", "佣金", "平台费", "服务费"], 1),
        ("a manual adjustment", ["manual", "adjustment", "adjust", "bad debt", "write off", "correction", "补差价", "补差", "差价", "调整", "冲正"],
            1),
        ("a discount or coupon", ["discount", "coupon", "promo code", "rebate", "优惠券", "优惠", "折扣", "满减", "立减"], 1),
        ("samples", ["samples", "sample", "样品", "赠品"], 1),
        ("a free sample or gift", ["free sample", "free gift", "complimentary"], 4),
        ("a donation", ["donation", "charity", "捐赠", "捐款"], 1),
        ("a gift card or voucher", ["gift card", "giftcard", "gift voucher", "gift certificate", "e-gift card", "voucher", "礼品卡", "代金券",
            "储值卡", "购物卡"], 1),
        ("a tip", ["tip", "tips", "gratuity", "小费"], 1),
        ("gift wrapping", ["gift wrap", "gift wrapping", "包装费"], 0),
        ("a packing or handling charge", ["packing charge", "packing fee", "packaging fee", "handling charge", "handling fee", "打包费"], 1),
        ("a test line", ["test product", "test order", "test item", "测试"], 1),
    ];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "standard", "express", "international", "domestic", "worldwide", "uk", "eu", "us", "fee", "fees", "charge", "charges", "cost",
        "costs", "for", "order", "and", "the", "of", "to", "dotcom", "online", "shop", "store", "free", "next", "day", "first", "class",
        "second", "tracked", "signed", "economy", "priority", "line", "item", "amount", "value", "service", "paid", "with", "平台", "订单",
    };

    private static readonly string[] IdNames = ["post", "postage", "dot", "amazonfee", "bank charges", "cruk", "shipping", "ship",
        "freight", "fee", "tip", "discount", "coupon", "giftcard"];
    private static readonly string[] IdPrefixes = ["gift_", "giftcard", "gift-card", "ship-", "shipping-", "fee-", "voucher", "coupon-",
        "discount-"];

    /// <summary>Why this product is not merchandise judged by its name or id, or null when nothing says so.</summary>
    public static string? Reason(string productId, string name)
    {
        var id = productId.Trim().ToLowerInvariant();
        var byId = IdNames.Contains(id) || IdPrefixes.Any(id.StartsWith);
        foreach (var text in new[] { name, productId })
        {
            if (Kind(text) is { } what) return $"Its name “{Shown(name, productId)}” says it is {what}, not a product.";
        }
        return byId ? $"Its code “{productId}” is a service code (shipping, fee, discount or gift card), not a product." : null;
    }

    private static string Shown(string name, string id) => string.IsNullOrWhiteSpace(name) ? id : name.Trim();

    private static string? Kind(string text)
    {
        var normal = Normalise(text);
        if (normal.Length == 0) return null;
        foreach (var (what, phrases, leftover) in Kinds)
            foreach (var phrase in phrases)
                if (Contains(normal, phrase, out var rest, out var atStart)
                    && Leftover(rest, leftover, atStart && phrase.Any(IsCjk))) return what;
        return null;
    }

    /// <summary>Whether the phrase occurs as whole words (Chinese: anywhere), and the text without it.</summary>
    private static bool Contains(string normal, string phrase, out string rest, out bool atStart)
    {
        rest = normal;
        atStart = false;
        var chinese = phrase.Any(IsCjk);
        var at = chinese ? normal.IndexOf(phrase, StringComparison.Ordinal) : WordIndex(normal, phrase);
        if (at < 0) return false;
        rest = normal.Remove(at, phrase.Length);
        atStart = at == 0;
        return true;
    }

    private static int WordIndex(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || text[at - 1] == ' ';
            var after = at + phrase.Length == text.Length || text[at + phrase.Length] == ' ';
            if (before && after) return at;
        }
        return -1;
    }

    /// <summary>
    /// At most <paramref name="allowed"/> real words (and four Chinese characters) besides the keyword and filler; a Chinese
    /// name that starts with the keyword may add a short note ("补差价专用链接 拍下请联系客服", "邮费补拍 偏远地区").
    /// </summary>
    private static bool Leftover(string rest, int allowed, bool chineseLead)
    {
        var words = 0;
        var cjk = 0;
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Filler.Contains(word) || word.All(c => char.IsDigit(c) || c is '.' or ',')) continue;
            var han = word.Count(IsCjk);
            if (han > 0) { cjk += han; if (han < word.Length) words++; continue; }
            words++;
        }
        return words <= allowed && cjk <= (chineseLead ? 16 : 4 * Math.Max(1, allowed));
    }

    /// <summary>Lower case; letters, digits, Chinese characters, '&amp;' and '-' kept; everything else (currency, punctuation) a
    /// space.</summary>
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            sb.Append(char.IsLetterOrDigit(ch) || ch is '&' or '-' or '.' || IsCjk(ch) ? ch : ' ');
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-', '.'));
        return string.Join(' ', words.Where(w => w.Length > 0)).Replace("p & p", "p&p", StringComparison.Ordinal);
    }

    private static bool IsCjk(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
