using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Postgres.Migrations
{
    /// <summary>
    /// A key's limits come from its tier's PIERRE_TIER_* settings at request time, so that a changed setting reaches existing
    /// keys too; the copy of the monthly limit each key stored at creation goes.
    /// </summary>
    public partial class TierLimitsFromConfiguration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MonthlyLimit",
                table: "api_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MonthlyLimit",
                table: "api_keys",
                type: "integer",
                nullable: true);
        }
    }
}
