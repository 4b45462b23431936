namespace MerchantInsights.ShopSimulator.Garden;

/// <summary>The shop's five categories as its shop system names them, and how many units a line of each usually has.</summary>
public static class GardenCategories
{
    public const string Seeds = "Saatgut";
    public const string Tools = "Werkzeug";
    public const string Pots = "Töpfe";
    public const string Fertiliser = "Dünger";
    public const string Watering = "Bewässerung";

    /// <summary>Seed packets and pots go by several, a spade or a hose by one.</summary>
    public static (int Units, double Weight)[] UnitsPerLine(string category) => category switch
    {
        Seeds => [(1, 0.55), (2, 0.25), (3, 0.12), (5, 0.08)],
        Pots => [(1, 0.50), (2, 0.25), (3, 0.15), (4, 0.10)],
        Fertiliser => [(1, 0.70), (2, 0.25), (3, 0.05)],
        Tools => [(1, 0.90), (2, 0.10)],
        _ => [(1, 0.85), (2, 0.15)],
    };

    /// <summary>The centre of the true price elasticities drawn for a category (clamped to −0.5…−2.5).</summary>
    public static double ElasticityCentre(string category) => category switch
    {
        Seeds => -0.9, Fertiliser => -1.1, Pots => -1.4, Tools => -1.6, _ => -1.8,
    };
}
