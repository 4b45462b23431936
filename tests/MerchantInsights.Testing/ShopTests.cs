namespace MerchantInsights.Testing;

/// <summary>Base of a test class whose every test gets a fresh migrated shop database, deleted after the test.</summary>
public abstract class ShopTests : IAsyncLifetime
{
    protected TempShop Shop { get; } = new();

    public virtual Task InitializeAsync() => Shop.InitializeAsync();
    public virtual Task DisposeAsync() => Shop.DisposeAsync();
}
