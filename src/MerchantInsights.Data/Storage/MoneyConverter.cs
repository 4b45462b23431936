using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MerchantInsights.Data.Storage;

/// <summary>Stores money as a whole number of ten-thousandths (4 decimals kept exactly).</summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(v => ToStored(v), v => FromStored(v))
{
    public const decimal Scale = 10_000m;

    public static long ToStored(decimal value) => (long)decimal.Round(value * Scale, MidpointRounding.AwayFromZero);

    public static decimal FromStored(long value) => value / Scale;
}
