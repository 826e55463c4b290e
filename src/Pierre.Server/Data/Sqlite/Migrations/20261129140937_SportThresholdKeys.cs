using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pierre.Server.Data.Sqlite.Migrations
{
    /// <summary>
    /// Stored overrides from before thresholds were kept per sport: an FTP or LTHR set without a sport was a cycling
    /// figure, a threshold pace a running one.
    /// </summary>
    public partial class SportThresholdKeys : Migration
    {
        private static readonly (string Old, string New)[] Renamed =
        [
            ("ftp_watts", "cycling_ftp_watts"),
            ("lactate_threshold_heart_rate", "cycling_lthr_bpm"),
            ("threshold_pace_s_per_km", "running_threshold_pace_s_per_km"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, renamed) in Renamed)
            {
                migrationBuilder.Sql(Rename(old, renamed));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, renamed) in Renamed)
            {
                migrationBuilder.Sql(Rename(renamed, old));
            }
        }

        // The stored value moves to the new key unless that key is already set; the old key goes either way.
        private static string Rename(string from, string to) =>
            $"""
            UPDATE user_configurations
            SET "OverridesJson" = CASE WHEN json_type("OverridesJson", '$.{to}') IS NULL
                THEN json_remove(json_set("OverridesJson", '$.{to}', json_extract("OverridesJson", '$.{from}')), '$.{from}')
                ELSE json_remove("OverridesJson", '$.{from}') END
            WHERE json_valid("OverridesJson") AND json_type("OverridesJson", '$.{from}') IS NOT NULL;
            """;
    }
}
