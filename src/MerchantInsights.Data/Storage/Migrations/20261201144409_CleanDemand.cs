using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantInsights.Data.Storage.Migrations
{
    /// <inheritdoc />
    public partial class CleanDemand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandDays",
                columns: table => new
                {
                    ProductId = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Units = table.Column<double>(type: "REAL", nullable: false),
                    PricedUnits = table.Column<double>(type: "REAL", nullable: false),
                    PricedRevenue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandDays", x => new { x.ProductId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "DemandDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OneOffOrders",
                columns: table => new
                {
                    LineKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<string>(type: "TEXT", nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quantity = table.Column<double>(type: "REAL", nullable: false),
                    CappedTo = table.Column<double>(type: "REAL", nullable: false),
                    UsualQuantity = table.Column<double>(type: "REAL", nullable: false),
                    Included = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOffOrders", x => x.LineKey);
                });

            migrationBuilder.CreateTable(
                name: "ProductClasses",
                columns: table => new
                {
                    ProductId = table.Column<string>(type: "TEXT", nullable: false),
                    IsMerchandise = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ByOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecentRevenue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductClasses", x => x.ProductId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandDecisions_Kind_Key",
                table: "DemandDecisions",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneOffOrders_ProductId",
                table: "OneOffOrders",
                column: "ProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandDays");

            migrationBuilder.DropTable(
                name: "DemandDecisions");

            migrationBuilder.DropTable(
                name: "OneOffOrders");

            migrationBuilder.DropTable(
                name: "ProductClasses");
        }
    }
}
