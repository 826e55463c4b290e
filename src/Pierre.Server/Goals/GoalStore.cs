using Microsoft.EntityFrameworkCore;
using Pierre.Fitness.Goals;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Goals;

/// <summary>A user's goals, always read and written within their tenant: anyone else's goal looks missing.</summary>
internal sealed class GoalStore(PierreDbContext db, TimeProvider clock)
{
    public const int MaxActiveGoals = 50;

    public Task<Goal?> FindAsync(Caller caller, Guid goalId, CancellationToken ct) =>
        Owned(caller).SingleOrDefaultAsync(g => g.Id == goalId, ct);

    public Task<List<Goal>> ActiveAsync(Caller caller, CancellationToken ct) =>
        Owned(caller).Where(g => g.Status == GoalNames.Active).OrderBy(g => g.TargetDate).ThenBy(g => g.CreatedAt).ToListAsync(ct);

    /// <summary>Stores a new active goal; null when the user already has <see cref="MaxActiveGoals"/> (nothing is stored).</summary>
    public async Task<Goal?> AddAsync(Caller caller, GoalSpec spec, string title, CancellationToken ct)
    {
        if (await Owned(caller).CountAsync(g => g.Status == GoalNames.Active, ct).ConfigureAwait(false) >= MaxActiveGoals)
        {
            return null;
        }

        var goal = new Goal
        {
            Id = Guid.CreateVersion7(),
            TenantId = caller.TenantId,
            UserId = caller.UserId,
            Title = title,
            GoalType = GoalNames.Of(spec.Kind),
            SportType = GoalNames.Of(spec.Sport),
            TargetValue = spec.TargetValue,
            Unit = spec.Unit,
            RaceDistanceMeters = spec.RaceDistanceMeters,
            StartDate = spec.StartDate,
            TargetDate = spec.TargetDate,
            Status = GoalNames.Active,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return goal;
    }

    /// <summary>Saves status changes made to goals this store returned.</summary>
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    private IQueryable<Goal> Owned(Caller caller) =>
        db.Goals.Where(g => g.TenantId == caller.TenantId && g.UserId == caller.UserId);
}
