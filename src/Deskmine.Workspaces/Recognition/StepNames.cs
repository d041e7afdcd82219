using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The readable name of every action label of the last recognition run ("Excel: type into cell", "SAP – MIRO:
/// click 'Post'"), stored under <see cref="ResultKey"/> as result rows label → name (<see cref="IEventStore.PutResultRows"/>;
/// workspaces mined before hold one JSON object label → name, which reads the same). Derived records keep the
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
    /// <exception cref="InputException">The names are stored as a document that is not an object of strings.</exception>
    public static StepNames? Read(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            return store.GetResultRows(ResultKey) is { } names ? new StepNames(names) : null;
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
        store.PutResultRows(ResultKey, NameOfLabel);
    }

    /// <summary>
    /// Stores the step names of <paramref name="tasks"/> in <paramref name="store"/>, replacing the previous ones, as
    /// <c>From(tasks).Write(store)</c> does but without a copy of the names: a run names about one label per six events.
    /// </summary>
    public static void Write(IEventStore store, RecognizedTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tasks);
        store.PutResultRows(ResultKey, tasks.StepNames.Where(p => p.Value.Length > 0));
    }

    /// <summary>The name of <paramref name="label"/>, or the label itself when it has none.</summary>
    public string? NameOf(string? label) => label is null ? null : NameOfLabel.GetValueOrDefault(label, label);
}
