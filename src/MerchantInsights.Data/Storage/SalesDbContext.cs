using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using Microsoft.EntityFrameworkCore;

namespace MerchantInsights.Data.Storage;

/// <summary>The shop's database: it only declares sets; each entity is configured in its own class.</summary>
public sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : DbContext(options)
{
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<DailySales> DailySales => Set<DailySales>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<RejectedRow> RejectedRows => Set<RejectedRow>();
    public DbSet<JobRecord> Jobs => Set<JobRecord>();
    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();
    public DbSet<ModelResult> ModelResults => Set<ModelResult>();
    public DbSet<Pricing.CostSetting> CostSettings => Set<Pricing.CostSetting>();
    public DbSet<Demand.DemandDay> DemandDays => Set<Demand.DemandDay>();
    public DbSet<Demand.ProductClassRow> ProductClasses => Set<Demand.ProductClassRow>();
    public DbSet<Demand.OneOffRow> OneOffOrders => Set<Demand.OneOffRow>();
    public DbSet<Demand.DemandDecision> DemandDecisions => Set<Demand.DemandDecision>();
    public DbSet<Stock.StockSetting> StockSettings => Set<Stock.StockSetting>();
    public DbSet<Stock.CategoryStockDefault> CategoryStockDefaults => Set<Stock.CategoryStockDefault>();
    public DbSet<Stock.StockOut> StockOuts => Set<Stock.StockOut>();
    public DbSet<Alerts.AlertDismissal> AlertDismissals => Set<Alerts.AlertDismissal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is decimal in the domain and an exact integer of 1/10,000ths in SQLite, so SQL sums stay exact.
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<decimal?>().HaveConversion<MoneyConverter>();
    }
}
