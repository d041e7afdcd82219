using System.Globalization;
using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The task type of every segment of the last recognition run, stored under <see cref="ResultKey"/> as a JSON array
/// of catalogue indices (position <c>n</c> is segment <c>s00000n</c>). The derived records carry a type's name,
/// and the recogniser can give two types one name (same applications, same closing action); this is what tells
/// them apart. Workspaces mined before it existed lack it, and readers fall back to the names.
/// </summary>
/// <param name="TypeOfSegment">Catalogue index (<see cref="TaskTypeEntry.Index"/>) per segment number.</param>
public sealed record SegmentTypes(IReadOnlyList<int> TypeOfSegment)
{
    /// <summary>Result key of the segment types.</summary>
    public const string ResultKey = "recognition.segment_types";

    /// <summary>The segment types of <paramref name="result"/>.</summary>
    public static SegmentTypes From(RecognizedTasks result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SegmentTypes([.. result.Segments.Select(s => s.TaskType)]);
    }

    /// <summary>The segment types stored in <paramref name="store"/>, or <c>null</c>.</summary>
    /// <exception cref="InputException">The stored document is not an array of whole numbers.</exception>
    public static SegmentTypes? Read(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetResult(ResultKey) is not { } json)
            return null;
        try
        {
            return new SegmentTypes(JsonSerializer.Deserialize<int[]>(json) ?? []);
        }
        catch (JsonException e)
        {
            throw new InputException(ResultKey, null, null, "expected a JSON array of task-type indices, one per segment", e);
        }
    }

    /// <summary>Stores these segment types in <paramref name="store"/>, replacing the previous ones.</summary>
    public void Write(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.PutResult(ResultKey, JsonSerializer.Serialize(TypeOfSegment));
    }

    /// <summary>The catalogue index of the segment named <paramref name="segmentId"/> (<c>s000042</c>), or <c>null</c>.</summary>
    public int? TypeOf(string segmentId)
    {
        ArgumentNullException.ThrowIfNull(segmentId);
        return segmentId.Length > 1 && segmentId[0] == 's'
            && int.TryParse(segmentId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n < TypeOfSegment.Count
            ? TypeOfSegment[n]
            : null;
    }
}
