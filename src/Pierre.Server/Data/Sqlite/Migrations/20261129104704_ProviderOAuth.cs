using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProviderOAuth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DefaultProvider",
                table: "user_configurations",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientId",
                table: "provider_tokens",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "oauth_states",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RedirectUri = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CodeVerifierEncrypted = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oauth_states", x => x.Id);
                    table.ForeignKey(
                        name: "FK_oauth_states_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_oauth_states_ExpiresAt",
                table: "oauth_states",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_oauth_states_StateHash",
                table: "oauth_states",
                column: "StateHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oauth_states_UserId",
                table: "oauth_states",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oauth_states");

            migrationBuilder.DropColumn(
                name: "DefaultProvider",
                table: "user_configurations");

            migrationBuilder.DropColumn(
                name: "ClientId",
                table: "provider_tokens");
        }
    }
}
