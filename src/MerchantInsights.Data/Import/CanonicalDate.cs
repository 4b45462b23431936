namespace MerchantInsights.Data.Import;

/// <summary>
/// Reads the canonical layouts "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss" and "yyyy-MM-dd" digit by digit — most exports — and
/// declines anything else (then the general parser decides). Gives the same clock time the general parser gives.
/// </summary>
public static class CanonicalDate
{
    public static bool TryRead(ReadOnlySpan<char> text, out DateTime date)
    {
        date = default;
        if (text.Length != 10 && text.Length != 19) return false;
        if (text[4] != '-' || text[7] != '-') return false;
        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (text.Length == 10)
        {
            date = new DateTime(year, month, day);
            return true;
        }
        if (text[10] is not (' ' or 'T') || text[13] != ':' || text[16] != ':') return false;
        int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59) return false;
        date = new DateTime(year, month, day, hour, minute, second);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> digits from <paramref name="start"/>; -1 when any is not a digit.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9) return -1;
            value = value * 10 + d;
        }
        return value;
    }
}
