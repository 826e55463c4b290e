using Microsoft.EntityFrameworkCore;

namespace Pierre.Server.Data;

internal sealed class PostgresPierreDbContext(DbContextOptions<PostgresPierreDbContext> options) : PierreDbContext(options);
