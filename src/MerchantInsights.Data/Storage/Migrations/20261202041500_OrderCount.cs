using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantInsights.Data.Storage.Migrations
{
    /// <inheritdoc />
    public partial class OrderCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shop's distinct orders become a count in the summary: an import learns which orders are already stored from the
            // lines it reads anyway, and writing a million order ids into their own B-tree was a sixth of a big import's writing.
            migrationBuilder.Sql("""
                ALTER TABLE ShopSummary ADD COLUMN Orders INTEGER NOT NULL DEFAULT 0;
                UPDATE ShopSummary SET Orders = (SELECT COUNT(*) FROM ShopOrders);
                DROP TABLE ShopOrders;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE ShopOrders (OrderId TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
                INSERT INTO ShopOrders (OrderId) SELECT DISTINCT OrderId FROM OrderLines;
                ALTER TABLE ShopSummary DROP COLUMN Orders;
                """);
        }
    }
}
