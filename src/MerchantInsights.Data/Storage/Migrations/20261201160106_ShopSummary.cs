using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantInsights.Data.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ShopSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The shop's headline figures, kept up to date by every import and undo (SalesAccumulator), so the overview
            // and `stats` never scan the order lines; filled here from the lines already stored.
            migrationBuilder.Sql("""
                CREATE TABLE ShopOrders (OrderId TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE ShopCustomers (CustomerId TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE ShopSummary (Id INTEGER NOT NULL PRIMARY KEY, Lines INTEGER NOT NULL, Revenue INTEGER NOT NULL, Units REAL NOT NULL,
                    FirstOrder TEXT NULL, LastOrder TEXT NULL);
                CREATE TABLE ShopDays (Day TEXT NOT NULL PRIMARY KEY, Revenue INTEGER NOT NULL, Units REAL NOT NULL) WITHOUT ROWID;
                INSERT INTO ShopDays (Day, Revenue, Units) SELECT Day, SUM(Revenue), SUM(Units) FROM DailySales GROUP BY Day;
                INSERT INTO ShopOrders (OrderId) SELECT DISTINCT OrderId FROM OrderLines;
                INSERT INTO ShopCustomers (CustomerId) SELECT DISTINCT CustomerId FROM OrderLines WHERE CustomerId IS NOT NULL;
                INSERT INTO ShopSummary (Id, Lines, Revenue, Units, FirstOrder, LastOrder)
                    SELECT 1, COUNT(*), CAST(ROUND(COALESCE(SUM(Quantity * UnitPrice), 0)) AS INTEGER), COALESCE(SUM(CASE WHEN Quantity > 0 THEN Quantity END), 0),
                           substr(MIN(OrderDate), 1, 19), substr(MAX(OrderDate), 1, 19)
                    FROM OrderLines HAVING COUNT(*) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ShopOrders; DROP TABLE ShopCustomers; DROP TABLE ShopSummary; DROP TABLE ShopDays;");
        }
    }
}
