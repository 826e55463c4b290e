using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

internal static class A2ATaskStates
{
    /// <summary>A task in one of these states will not change again.</summary>
    public static bool IsTerminal(A2ATaskState state) =>
        state is A2ATaskState.Completed or A2ATaskState.Failed or A2ATaskState.Canceled or A2ATaskState.Rejected;
}
