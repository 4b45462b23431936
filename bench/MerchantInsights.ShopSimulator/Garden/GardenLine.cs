namespace MerchantInsights.ShopSimulator.Garden;

public enum GardenLineKind { Ordinary, Business, Return }

/// <summary>One line of the export. <see cref="Cost"/> is null where the shop system leaves the purchase price empty.</summary>
public sealed record GardenLine(string OrderId, DateTime At, string Customer, GardenProduct Product, int Quantity, decimal Price, decimal? Cost,
    GardenLineKind Kind);
