using Deskmine.Fuzz.Targets;

namespace Deskmine.Fuzz;

/// <summary>Every fuzz target, by name.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
        [.. LogFileTargets.All(), .. UploadTarget.All(), PrivacyTarget.Target(), .. ConfigTargets.All()];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
