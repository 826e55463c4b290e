using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActivityBests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_bests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Sport = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedSeconds = table.Column<int>(type: "integer", nullable: false),
                    Power5SecondsWatts = table.Column<double>(type: "double precision", nullable: true),
                    Power1MinuteWatts = table.Column<double>(type: "double precision", nullable: true),
                    Power5MinutesWatts = table.Column<double>(type: "double precision", nullable: true),
                    Power20MinutesWatts = table.Column<double>(type: "double precision", nullable: true),
                    Power60MinutesWatts = table.Column<double>(type: "double precision", nullable: true),
                    HeartRate20MinutesBpm = table.Column<double>(type: "double precision", nullable: true),
                    HeartRate60MinutesBpm = table.Column<double>(type: "double precision", nullable: true),
                    Fastest400MetersSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Fastest1KilometerSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Fastest5KilometersSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Fastest10KilometersSeconds = table.Column<double>(type: "double precision", nullable: true),
                    FastestHalfMarathonSeconds = table.Column<double>(type: "double precision", nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_bests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activity_bests_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_bests_TenantId_UserId_Provider_ActivityId",
                table: "activity_bests",
                columns: new[] { "TenantId", "UserId", "Provider", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_bests_UserId",
                table: "activity_bests",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_bests");
        }
    }
}
