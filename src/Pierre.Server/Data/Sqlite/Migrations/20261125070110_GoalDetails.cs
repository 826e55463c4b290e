using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoalDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "TargetDate",
                table: "goals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AchievedOn",
                table: "goals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RaceDistanceMeters",
                table: "goals",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "goals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "goals",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AchievedOn",
                table: "goals");

            migrationBuilder.DropColumn(
                name: "RaceDistanceMeters",
                table: "goals");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "goals");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "goals");

            migrationBuilder.AlterColumn<DateTime>(
                name: "TargetDate",
                table: "goals",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");
        }
    }
}
