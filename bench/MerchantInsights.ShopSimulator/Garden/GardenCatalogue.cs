using static MerchantInsights.ShopSimulator.Garden.GardenCategories;

namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>
/// The 45 articles, nine per category, with their list prices. Six came in during the last six weeks (autumn
/// articles), three were dropped in summer, two were out of stock for three weeks in April, and two never have a
/// purchase price in the shop system. Popularity, elasticity and purchase price are drawn from the seed.
/// </summary>
public static class GardenCatalogue
{
    private static readonly (string Id, string Name, string Category, decimal Price, string? Launch, string? Discontinued)[] Articles =
    [
        ("SA-1001", "Tomatensamen 'Harzfeuer', 20 Korn", Seeds, 2.95m, null, null),
        ("SA-1002", "Basilikum Genoveser Saatgut", Seeds, 2.49m, null, null),
        ("SA-1003", "Möhrensamen 'Nantaise 2'", Seeds, 1.99m, null, null),
        ("SA-1004", "Blumenwiese Saatmischung 500 g", Seeds, 14.95m, null, null),
        ("SA-1005", "Zucchini 'Black Beauty' Samen", Seeds, 2.79m, null, "2026-07-15"),
        ("SA-1006", "Sonnenblumen Riesen Saatgut", Seeds, 2.49m, null, null),
        ("SA-1007", "Rasensamen Sport & Spiel 1 kg", Seeds, 12.95m, null, null),
        ("SA-1008", "Kräuter-Saatgut Set, 6 Sorten", Seeds, 9.95m, null, null),
        ("SA-1009", "Blumenzwiebeln Tulpen-Mix 25 Stück", Seeds, 8.95m, "2026-09-21", null),
        ("WZ-2001", "Gartenschere Bypass", Tools, 24.90m, null, null),
        ("WZ-2002", "Handschaufel Edelstahl", Tools, 12.95m, null, null),
        ("WZ-2003", "Pflanzkelle schmal", Tools, 9.95m, null, null),
        ("WZ-2004", "Gartenhandschuhe Gr. 8", Tools, 6.95m, null, null),
        ("WZ-2005", "Spaten mit Eschenstiel", Tools, 39.90m, null, null),
        ("WZ-2006", "Unkrautstecher", Tools, 11.95m, null, null),
        ("WZ-2007", "Grabegabel 4 Zinken", Tools, 34.90m, null, null),
        ("WZ-2008", "Laubrechen verstellbar", Tools, 19.95m, "2026-09-28", null),
        ("WZ-2009", "Astschere 70 cm", Tools, 44.90m, null, null),
        ("TO-3001", "Terrakotta-Topf 12 cm", Pots, 3.49m, null, null),
        ("TO-3002", "Terrakotta-Topf 20 cm", Pots, 7.95m, null, null),
        ("TO-3003", "Kunststofftopf 14 cm, 10 Stück", Pots, 5.95m, null, null),
        ("TO-3004", "Balkonkasten 80 cm anthrazit", Pots, 14.95m, null, null),
        ("TO-3005", "Pflanzkübel 40 cm", Pots, 29.90m, null, null),
        ("TO-3006", "Anzuchttöpfe Kokos 24er", Pots, 4.95m, null, "2026-06-30"),
        ("TO-3007", "Hängeampel 25 cm", Pots, 12.95m, null, null),
        ("TO-3008", "Übertopf Keramik 16 cm", Pots, 9.95m, "2026-10-05", null),
        ("TO-3009", "Kübelhaube Wintervlies", Pots, 7.95m, "2026-10-12", null),
        ("DU-4001", "Tomatendünger flüssig 1 l", Fertiliser, 8.95m, null, null),
        ("DU-4002", "Bio-Blumenerde 40 l", Fertiliser, 9.95m, null, null),
        ("DU-4003", "Rasendünger 5 kg", Fertiliser, 24.95m, null, null),
        ("DU-4004", "Hornspäne 2,5 kg", Fertiliser, 11.95m, null, null),
        ("DU-4005", "Kompost-Beschleuniger 2 kg", Fertiliser, 9.95m, null, null),
        ("DU-4006", "Kräutererde 20 l", Fertiliser, 6.95m, null, null),
        ("DU-4007", "Blaukorn NPK 1 kg", Fertiliser, 7.95m, null, null),
        ("DU-4008", "Herbst-Rasendünger 5 kg", Fertiliser, 22.95m, "2026-09-24", null),
        ("DU-4009", "Orchideendünger 250 ml", Fertiliser, 5.95m, null, null),
        ("BW-5001", "Gießkanne 10 l verzinkt", Watering, 24.95m, null, null),
        ("BW-5002", "Gartenschlauch 20 m", Watering, 34.90m, null, null),
        ("BW-5003", "Schlauchbrause 7 Funktionen", Watering, 14.95m, null, null),
        ("BW-5004", "Tropfbewässerung Starter-Set", Watering, 49.90m, null, null),
        ("BW-5005", "Rasensprenger Viereckregner", Watering, 29.90m, null, "2026-08-20"),
        ("BW-5006", "Schlauchwagen", Watering, 59.90m, null, null),
        ("BW-5007", "Zimmergießkanne 2 l", Watering, 9.95m, null, null),
        ("BW-5008", "Frostschutzhaube Außenwasserhahn", Watering, 12.95m, "2026-10-19", null),
        ("BW-5009", "Regentonne 200 l", Watering, 79.90m, null, null),
    ];

    private static readonly Dictionary<string, (DateOnly From, DateOnly To)> StockOuts = new()
    {
        ["SA-1001"] = (new(2026, 4, 8), new(2026, 4, 28)),
        ["TO-3002"] = (new(2026, 4, 6), new(2026, 4, 26)),
    };

    private static readonly HashSet<string> NoPurchasePrice = ["WZ-2009", "BW-5009"];

    public static List<GardenProduct> Build(Random rng) => [.. Articles.Select(a =>
    {
        // Cheap articles sell more often; the spread within a category is wide (a best seller and some slow ones).
        var lines = 0.30 * Math.Exp(0.65 * Catalogue.Gaussian(rng)) * Math.Pow(10 / (double)a.Price, 0.35);
        var elasticity = Math.Round(Math.Clamp(ElasticityCentre(a.Category) + 0.35 * Catalogue.Gaussian(rng), -2.5, -0.5), 2);
        var cost = Math.Round(a.Price * (decimal)(0.42 + 0.18 * rng.NextDouble()), 2);
        return new GardenProduct(a.Id, a.Name, a.Category, a.Price, cost, NoPurchasePrice.Contains(a.Id), elasticity, Math.Round(lines, 4),
            UnitsPerLine(a.Category), a.Launch is { } l ? DateOnly.Parse(l) : null, a.Discontinued is { } d ? DateOnly.Parse(d) : null,
            StockOuts.TryGetValue(a.Id, out var s) ? s : null);
    })];
}
