using Microsoft.EntityFrameworkCore.Design;

namespace MerchantInsights.Data.Storage;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SalesDbContext>
{
    public SalesDbContext CreateDbContext(string[] args) => new SalesDatabase("design-time.db").CreateContext();
}
