using Microsoft.EntityFrameworkCore;

namespace Pierre.Server.Data;

internal sealed class SqlitePierreDbContext(DbContextOptions<SqlitePierreDbContext> options) : PierreDbContext(options);
