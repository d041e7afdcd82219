using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Storage;
using Deskmine.Storage.Formats;

namespace Deskmine.Workspaces.Evaluation;

/// <summary>
/// Finds the ground truth an evaluation asks for: a reference log matched by timestamp, the workspace's truth table
/// (simulated data), or an attribute of the imported events (<c>caseID</c> of CPN logs).
/// </summary>
internal static class TruthResolver
{
    public static GroundTruth Resolve(IEventStore store, List<UiEvent> events, EvaluationRequest request)
    {
        var source = request.Truth;
        if (request.TruthFile is { } file)
            return FromFile(events, file, request.TruthFileFormat, source is "auto" or "truth" ? "caseID" : Attribute(source));
        if (source is "truth" or "auto")
        {
            var table = store.ReadTruth().ToDictionary(t => t.EventId);
            if (table.Count > 0)
            {
                var inst = events.Select(e => table.TryGetValue(e.Id, out var t) && t.TaskInstance.Length > 0 ? t.TaskInstance : null).ToArray();
                var typ = events.Select(e => table.TryGetValue(e.Id, out var t) && t.TaskInstance.Length > 0 ? t.TaskType : null).ToArray();
                return new GroundTruth(inst, typ, UnlabelledEvents.Ignored, "the workspace's ground truth table (events of no task are not scored)");
            }
            if (source == "truth")
                throw new InvalidRequestException("the workspace has no ground truth table; use --truth caseID (an attribute) or --truth-file");
        }
        var attr = source == "auto" ? "caseID" : Attribute(source);
        var values = events.Select(e => e.Attrs?.GetValueOrDefault(attr) is { Length: > 0 } v ? v : null).ToArray();
        if (values.All(x => x is null))
            throw new InvalidRequestException($"no event carries attrs.{attr}; use --truth truth (simulated data) or --truth-file");
        if (request.TruthType is { } typeSource)
        {
            var typeAttr = Attribute(typeSource);
            var types = events.Select((e, i) => values[i] is null ? null : e.Attrs?.GetValueOrDefault(typeAttr) is { Length: > 0 } t ? t : null).ToArray();
            for (var i = 0; i < types.Length; i++)
            {
                if (values[i] is not null && types[i] is null)
                    throw new InvalidRequestException($"event {i:N0} (id {events[i].Id}) has attrs.{attr} = '{values[i]}' but no attrs.{typeAttr}; every labelled event needs its task type");
            }
            return new GroundTruth(values, types, UnlabelledEvents.Ignored,
                $"attrs.{attr} (instances) and attrs.{typeAttr} (types); events without an instance are not scored");
        }
        return new GroundTruth(values, [.. values.Select(x => x is null ? null : attr)], UnlabelledEvents.Noise,
            $"attrs.{attr} (one task type; events without it count as noise)");
    }

    private static GroundTruth FromFile(List<UiEvent> events, string file, string? format, string attribute)
    {
        var instance = TruthMatcher.ByTimestamp(events, LogReaders.Open(file, format), attribute);
        if (instance.All(x => x is null))
            throw new InvalidRequestException($"no event of the workspace matched a row of {file} by timestamp with a '{attribute}' value");
        var name = Path.GetFileNameWithoutExtension(file);
        return new GroundTruth(instance, [.. instance.Select(x => x is null ? null : name)], UnlabelledEvents.Ignored,
            $"{file} ({attribute}), matched by timestamp and event type; {instance.Count(x => x is not null):N0} of {events.Count:N0} events matched");
    }

    private static string Attribute(string source) =>
        source.StartsWith("attrs.", StringComparison.Ordinal) ? source["attrs.".Length..] : source;
}
