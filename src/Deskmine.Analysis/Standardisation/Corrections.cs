using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Standardisation;

/// <summary>Rework inside a step: the same field typed into twice in one instance (a typo noticed and retyped).</summary>
internal static class Corrections
{
    /// <summary>True when two text inputs of <paramref name="instance"/> went into the same element.</summary>
    /// <remarks>A capture agent merges a burst of keys into one input per field, so a second input into the same
    /// field means the person came back to change what they had typed.</remarks>
    public static bool Any(WorkLog log, WorkInstance instance)
    {
        var typed = new HashSet<(string?, string?, string?, string?, string?)>();
        foreach (var i in instance.Events)
        {
            var e = log.Events[i];
            if (e.Kind != EventKinds.TextInput)
                continue;
            var element = (e.App, e.TargetName, e.TargetId, e.TargetPath, e.Attrs?.GetValueOrDefault("cell"));
            if (element is { TargetName: null, TargetId: null, TargetPath: null, Item5: null })
                continue;
            if (!typed.Add(element))
                return true;
        }
        return false;
    }
}
