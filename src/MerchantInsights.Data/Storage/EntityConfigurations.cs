using MerchantInsights.Data.Import;
using MerchantInsights.Data.Jobs;
using MerchantInsights.Data.Models;
using MerchantInsights.Data.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantInsights.Data.Storage;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        // No secondary index at all: each one slows the import several-fold (docs/decisions/0001). LineKey uniqueness
        // is enforced by the importer, which loads the existing keys inside its write transaction. Training jobs scan
        // the table or read DailySales; undo deletes by batch with a scan, which is rare.
    }
}

internal sealed class DailySalesConfiguration : IEntityTypeConfiguration<DailySales>
{
    public void Configure(EntityTypeBuilder<DailySales> b)
    {
        b.HasKey(d => new { d.ProductId, d.Day }); // created WITHOUT ROWID by the migration
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b) => b.HasKey(p => p.ProductId);
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.HasIndex(i => i.FileHash).IsUnique();
        b.HasMany(i => i.Rejections).WithOne().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> b)
    {
        b.Property(j => j.Status).HasConversion<string>();
        b.HasIndex(j => j.CreatedAt);
    }
}

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> b)
    {
        b.HasIndex(v => new { v.Kind, v.IsCurrent });
        b.HasMany(v => v.Results).WithOne().HasForeignKey(r => r.ModelVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ModelResultConfiguration : IEntityTypeConfiguration<ModelResult>
{
    public void Configure(EntityTypeBuilder<ModelResult> b) => b.HasKey(r => new { r.ModelVersionId, r.Key });
}

internal sealed class CostSettingConfiguration : IEntityTypeConfiguration<Pricing.CostSetting>
{
    public void Configure(EntityTypeBuilder<Pricing.CostSetting> b) => b.HasKey(c => c.ProductId);
}

internal sealed class DemandDayConfiguration : IEntityTypeConfiguration<Demand.DemandDay>
{
    public void Configure(EntityTypeBuilder<Demand.DemandDay> b) => b.HasKey(d => new { d.ProductId, d.Day });
}

internal sealed class ProductClassConfiguration : IEntityTypeConfiguration<Demand.ProductClassRow>
{
    public void Configure(EntityTypeBuilder<Demand.ProductClassRow> b)
    {
        b.ToTable("ProductClasses");
        b.HasKey(c => c.ProductId);
    }
}

internal sealed class OneOffConfiguration : IEntityTypeConfiguration<Demand.OneOffRow>
{
    public void Configure(EntityTypeBuilder<Demand.OneOffRow> b)
    {
        b.ToTable("OneOffOrders");
        b.HasKey(o => o.LineKey);
        b.Property(o => o.LineKey).ValueGeneratedNever();
        b.HasIndex(o => o.ProductId);
    }
}

internal sealed class DemandDecisionConfiguration : IEntityTypeConfiguration<Demand.DemandDecision>
{
    public void Configure(EntityTypeBuilder<Demand.DemandDecision> b) => b.HasIndex(d => new { d.Kind, d.Key }).IsUnique();
}

internal sealed class AlertDismissalConfiguration : IEntityTypeConfiguration<Alerts.AlertDismissal>
{
    public void Configure(EntityTypeBuilder<Alerts.AlertDismissal> b) => b.HasKey(d => d.Key);
}
