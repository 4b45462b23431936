using System.Text.RegularExpressions;

namespace MerchantInsights.Data.Import;

/// <summary>Decides from sample prices and quantities whether the file writes 3,50 (decimal comma) or 3.50, and says why.</summary>
public static partial class NumberStyleDetector
{
    public static (bool DecimalComma, string Reason) Detect(IEnumerable<string> samples)
    {
        int comma = 0, dot = 0;
        foreach (var s in samples)
        {
            var t = s.Trim();
            if (CommaDecimal().IsMatch(t)) comma++;
            else if (DotDecimal().IsMatch(t)) dot++;
        }
        if (comma > 0 && dot == 0) return (true, $"Numbers use a decimal comma (like 3,50): {comma} values are written that way.");
        if (comma > 0) return (false, $"Numbers use a decimal point (like 3.50); {comma} values with a comma were read as thousands.");
        return (false, "Numbers use a decimal point (like 3.50).");
    }

    // "3,50", "1.234,5", "-0,99": a comma followed by 1–2 digits at the end, or thousands dots before a comma.
    [GeneratedRegex(@"^[-+]?[\d.\s]*\d,\d{1,2}$")]
    private static partial Regex CommaDecimal();

    [GeneratedRegex(@"^[-+]?[\d,]*\d\.\d+$")]
    private static partial Regex DotDecimal();
}
