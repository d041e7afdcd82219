using System.Buffers;
using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The readable name of every action label of the last recognition run ("Excel: type into cell", "SAP – MIRO:
/// click 'Post'"), stored under <see cref="ResultKey"/> as a JSON object label → name. Derived records keep the
/// label, the stable key that classifiers and rules use; guides, candidates and reports show the name. Workspaces
/// mined before names existed lack it, and readers fall back to the labels.
/// </summary>
/// <param name="NameOfLabel">Readable step name per action label.</param>
public sealed record StepNames(IReadOnlyDictionary<string, string> NameOfLabel)
{
    /// <summary>Result key of the step names.</summary>
    public const string ResultKey = "recognition.step_names";

    /// <summary>The step names of <paramref name="tasks"/>: for each label, the name the recogniser gave it.</summary>
    public static StepNames From(RecognizedTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return new StepNames(tasks.StepNames.Where(p => p.Value.Length > 0).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The step names stored in <paramref name="store"/>, or <c>null</c>.</summary>
    /// <exception cref="InputException">The stored document is not an object of strings.</exception>
    public static StepNames? Read(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetResult(ResultKey) is not { } json)
            return null;
        try
        {
            return new StepNames(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);
        }
        catch (JsonException e)
        {
            throw new InputException(ResultKey, null, null, "expected a JSON object of step names by action label", e);
        }
    }

    /// <summary>Stores these names in <paramref name="store"/>, replacing the previous ones.</summary>
    public void Write(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.PutResultUtf8(ResultKey, Utf8Json().WrittenSpan);
    }

    // What JsonSerializer.Serialize gives for the dictionary, in UTF-8, written into one buffer sized for it: a run
    // names about one label per eight events, and the serializer's doubling pooled buffers (kept by the pool after the
    // write) raised the peak memory of `mine` by more than the document itself. The store takes the bytes as they are:
    // at 10 M events a string of the document and its native copy added about two of its sizes to the run's peak.
    private ArrayBufferWriter<byte> Utf8Json()
    {
        var estimate = 2;
        foreach (var (label, name) in NameOfLabel)
            estimate += 8 + label.Length + name.Length;
        var buffer = new ArrayBufferWriter<byte>(estimate + estimate / 4);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (label, name) in NameOfLabel)
                writer.WriteString(label, name);
            writer.WriteEndObject();
        }
        return buffer;
    }

    /// <summary>The name of <paramref name="label"/>, or the label itself when it has none.</summary>
    public string? NameOf(string? label) => label is null ? null : NameOfLabel.GetValueOrDefault(label, label);
}
