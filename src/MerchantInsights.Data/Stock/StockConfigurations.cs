using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MerchantInsights.Data.Stock;

internal sealed class StockSettingConfiguration : IEntityTypeConfiguration<StockSetting>
{
    public void Configure(EntityTypeBuilder<StockSetting> b) => b.HasKey(s => s.ProductId);
}

internal sealed class CategoryStockDefaultConfiguration : IEntityTypeConfiguration<CategoryStockDefault>
{
    public void Configure(EntityTypeBuilder<CategoryStockDefault> b) => b.HasKey(c => c.Category);
}

internal sealed class StockOutConfiguration : IEntityTypeConfiguration<StockOut>
{
    public void Configure(EntityTypeBuilder<StockOut> b) => b.HasKey(s => new { s.ProductId, s.Day });
}
