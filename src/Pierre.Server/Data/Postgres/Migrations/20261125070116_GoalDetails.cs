using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Postgres.Migrations
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
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AchievedOn",
                table: "goals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RaceDistanceMeters",
                table: "goals",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "goals",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "goals",
                type: "character varying(16)",
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
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");
        }
    }
}
