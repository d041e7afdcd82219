using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.TimeStudy;

/// <summary>Instances for <see cref="Some.Log"/>: one click per step, 10 s apart, on an element named after the step.</summary>
internal static class SomeWork
{
    public static (string User, string? Team, int Type, (UiEvent Event, string Step)[] Events) Instance(
        string user, int type, double start, params string[] steps) =>
        (user, "Team A", type, [.. steps.Select((s, n) => (Some.Event(start + (10 * n), user: user, target: s, role: "push button"), s))]);

    /// <summary><paramref name="count"/> instances of the same steps, one every 5 minutes, rotating over <paramref name="users"/>.</summary>
    public static IEnumerable<(string User, string? Team, int Type, (UiEvent Event, string Step)[] Events)> Many(
        int count, int type, double start, string[] users, params string[] steps) =>
        Enumerable.Range(0, count).Select(n => Instance(users[n % users.Length], type, start + (300 * n), steps));
}
