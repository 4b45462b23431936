using System.Globalization;
using System.Text.RegularExpressions;

namespace MerchantInsights.Data.Import;

/// <summary>Decides from the data whether dates like 03/04/2025 are day-first or month-first, and says why with an example.</summary>
public static partial class DateOrderDetector
{
    public static (DateOrder Order, string Reason) Detect(IEnumerable<string> samples)
    {
        int dayFirstEvidence = 0, monthFirstEvidence = 0, yearFirst = 0, total = 0;
        string? dayExample = null, monthExample = null;
        foreach (var s in samples)
        {
            var m = Numeric().Match(s.Trim());
            if (!m.Success) continue;
            total++;
            var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (m.Groups[1].Value.Length == 4) { yearFirst++; continue; }
            if (a > 12) { dayFirstEvidence++; dayExample ??= m.Value; }
            if (b > 12) { monthFirstEvidence++; monthExample ??= m.Value; }
        }
        if (total == 0 || yearFirst == total) return (DateOrder.YearFirst, "Year first: dates are written like 2025-04-03.");
        if (dayFirstEvidence > 0 && monthFirstEvidence == 0)
            return (DateOrder.DayFirst, $"Day first: {dayExample} has a day above 12 ({Count(dayFirstEvidence)} like it in the sample).");
        if (monthFirstEvidence > 0 && dayFirstEvidence == 0)
            return (DateOrder.MonthFirst,
                $"Month first: {monthExample} has a day above 12 in second place ({Count(monthFirstEvidence)} like it in the sample).");
        return (DateOrder.MonthFirst,
            "No date in the sample tells day-first from month-first; reading month first (M/d/yyyy). Change it if your shop writes days " +
            "first.");
    }

    private static string Count(int n) => n == 1 ? "1 date" : $"{n} dates";

    [GeneratedRegex(@"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")]
    private static partial Regex Numeric();
}
