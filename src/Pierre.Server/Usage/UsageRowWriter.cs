using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Usage;

/// <summary>
/// Inserts usage rows with multi-row <c>INSERT</c> statements built from the EF model: its table, its column names and
/// its type mappings, so a row reads back through EF exactly as one EF wrote, on SQLite and PostgreSQL. EF's change
/// tracker cost about a sixth of the server's CPU under load (the profile in bench/README.md); this path skips it.
/// </summary>
internal static class UsageRowWriter
{
    /// <summary>
    /// Rows per <c>INSERT</c>. SQLite finds each named parameter by a scan of the statement's parameters, so binding
    /// grows with the square of a statement's size: 500 rows (3,500 parameters) spent more time binding than EF had, and
    /// 32 rows still 8.1 µs a row against 6.3 at 8 (<c>UsageWriteBenchmarks</c>, with the statement prepared once).
    /// </summary>
    public const int RowsPerStatement = 8;

    private static readonly (string Name, Func<ApiKeyUsage, object?> Value)[] Columns =
    [
        (nameof(ApiKeyUsage.TenantId), u => u.TenantId),
        (nameof(ApiKeyUsage.UserId), u => u.UserId),
        (nameof(ApiKeyUsage.ApiKeyId), u => u.ApiKeyId),
        (nameof(ApiKeyUsage.Operation), u => u.Operation),
        (nameof(ApiKeyUsage.StatusCode), u => u.StatusCode),
        (nameof(ApiKeyUsage.DurationMs), u => u.DurationMs),
        (nameof(ApiKeyUsage.Timestamp), u => u.Timestamp),
    ];

    /// <summary>Inserts <paramref name="rows"/> inside the context's current transaction, which the caller has begun.</summary>
    public static async Task InsertAsync(PierreDbContext db, IReadOnlyList<ApiKeyUsage> rows, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(ApiKeyUsage))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Columns.Select(c => entity.FindProperty(c.Name)!).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("usage rows are written inside a transaction");

        // Every full statement has the same text and parameters: it is prepared once and only its values change.
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                if (command is null || command.Parameters.Count != count * Columns.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = InsertText(sql, table, properties, count);
                    for (var r = 0; r < count; r++)
                    {
                        for (var c = 0; c < Columns.Length; c++)
                        {
                            command.Parameters.Add(mappings[c].CreateParameter(command, sql.GenerateParameterName(ParameterName(r, c)), null, properties[c].IsNullable));
                        }
                    }
                }

                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < Columns.Length; c++)
                    {
                        command.Parameters[(r * Columns.Length) + c].Value = Columns[c].Value(rows[start + r]) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, IProperty[] properties, int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
        text.AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < properties.Length; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(r, c)));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string ParameterName(int row, int column) => $"p{row}_{column}";
}
