using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pierre.Server.Configuration;

/// <summary>
/// The seed's <c>DATABASE_URL</c>: <c>sqlite:PATH</c> or <c>postgresql://user:pass@host:port/db</c>,
/// turned into the provider's own connection string.
/// </summary>
internal sealed record DatabaseUrl(DatabaseProvider Provider, string ConnectionString, string? SqliteFilePath)
{
    private const string Variable = "DATABASE_URL";

    public static DatabaseUrl Parse(string url, int? maxConnections)
    {
        if (url.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return ParseSqlite(url["sqlite:".Length..]);
        }

        if (url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return ParsePostgres(url, maxConnections);
        }

        var scheme = url.Contains(':', StringComparison.Ordinal) ? url[..url.IndexOf(':', StringComparison.Ordinal)] : url;
        throw new ConfigurationException(Variable, $"unsupported scheme '{scheme}' (expected sqlite:PATH or postgresql://user:pass@host/db)");
    }

    private static DatabaseUrl ParseSqlite(string path)
    {
        path = path.StartsWith("//", StringComparison.Ordinal) ? path[2..] : path;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ConfigurationException(Variable, "sqlite: needs a file path, e.g. sqlite:./data/pierre.db");
        }

        var fullPath = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return new DatabaseUrl(DatabaseProvider.Sqlite, builder.ToString(), fullPath);
    }

    private static DatabaseUrl ParsePostgres(string url, int? maxConnections)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ConfigurationException(Variable, "not a valid postgresql:// URL (expected postgresql://user:pass@host:port/db)");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new ConfigurationException(Variable, "the postgresql:// URL names no database (expected postgresql://user:pass@host:port/db)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        if (maxConnections is { } max)
        {
            builder.MaxPoolSize = max;
        }

        ApplyQuery(builder, uri.Query);
        return new DatabaseUrl(DatabaseProvider.Postgres, builder.ConnectionString, null);
    }

    private static void ApplyQuery(NpgsqlConnectionStringBuilder builder, string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            try
            {
                builder[key.Replace('_', ' ')] = value;
            }
            catch (ArgumentException)
            {
                throw new ConfigurationException(Variable, $"unknown connection option '{key}' in the query string");
            }
        }
    }

    /// <summary>The URL with any password replaced, for logs and diagnostics.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"sqlite:{SqliteFilePath}",
        _ => DescribePostgres(),
    };

    private string DescribePostgres()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
