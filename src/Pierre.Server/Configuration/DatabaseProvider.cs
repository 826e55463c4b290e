namespace Pierre.Server.Configuration;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
