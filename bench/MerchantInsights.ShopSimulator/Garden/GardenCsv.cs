using System.Globalization;
using System.Text;

namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// The German shop system's order export: semicolon-separated, decimal comma (12,95), dates dd.MM.yyyy HH:mm, UTF-8
/// with BOM, CRLF line ends, German headers; the purchase price (Einkaufspreis) is empty where the system has none.
/// </summary>
public static class GardenCsv
{
    public const string Header = "Bestellnummer;Bestelldatum;Kundennummer;Artikelnummer;Artikelname;Kategorie;Menge;Einzelpreis;Einkaufspreis";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static void Write(string path, IReadOnlyList<GardenLine> lines)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        output.WriteLine(Header);
        foreach (var l in lines)
            output.WriteLine(string.Join(';', l.OrderId, l.At.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), l.Customer, l.Product.Id,
                Field(l.Product.Name), Field(l.Product.Category), l.Quantity.ToString(CultureInfo.InvariantCulture), Money(l.Price),
                l.Cost is { } c ? Money(c) : ""));
    }

    private static string Money(decimal value) => value.ToString("0.00", German);

    private static string Field(string s) => s.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
