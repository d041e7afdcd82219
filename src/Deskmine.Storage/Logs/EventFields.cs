using System.Globalization;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Logs;

/// <summary>A schema v1 field a <see cref="Core.Logs.LogQuery"/> can name, or <see cref="Attr"/> for <c>attrs.KEY</c>.</summary>
internal enum EventField
{
    /// <summary>A field no event of a file has (ground truth and recognition results): always missing.</summary>
    None,
    Id,
    Session,
    Seq,
    Ts,
    Duration,
    User,
    Machine,
    Team,
    Source,
    Kind,
    App,
    Window,
    Url,
    TargetRole,
    TargetName,
    TargetId,
    TargetPath,
    X,
    Y,
    Value,
    ValueHash,
    CaseId,
    Activity,
    SourceRow,
    Attr,
}

/// <summary>
/// One event's fields as text, whatever holds them: a <see cref="UiEvent"/>, or the current row of a CSV file read
/// without building events (<see cref="Formats.CsvRowView"/>). Evaluating a <see cref="LogFields"/> query through
/// this interface gives both the same meaning.
/// </summary>
internal interface IEventFields
{
    long? Ts { get; }

    long? Duration { get; }

    /// <summary>The text of <paramref name="field"/> (<paramref name="key"/> names the attribute of <see cref="EventField.Attr"/>), or null when missing.</summary>
    string? Text(EventField field, string? key);
}

/// <summary>The fields of a <see cref="UiEvent"/>.</summary>
internal readonly struct UiEventFields(UiEvent e) : IEventFields
{
    public long? Ts => e.Ts;

    public long? Duration => e.Duration;

    public string? Text(EventField field, string? key)
    {
        var inv = CultureInfo.InvariantCulture;
        return field switch
        {
            EventField.Id => e.Id.ToString(),
            EventField.Session => e.Session,
            EventField.Seq => e.Seq.ToString(inv),
            EventField.Ts => e.Ts?.ToString(inv),
            EventField.Duration => e.Duration?.ToString(inv),
            EventField.User => e.User,
            EventField.Machine => e.Machine,
            EventField.Team => e.Team,
            EventField.Source => e.Source,
            EventField.Kind => e.Kind,
            EventField.App => e.App,
            EventField.Window => e.Window,
            EventField.Url => e.Url,
            EventField.TargetRole => e.TargetRole,
            EventField.TargetName => e.TargetName,
            EventField.TargetId => e.TargetId,
            EventField.TargetPath => e.TargetPath,
            EventField.X => e.X?.ToString(inv),
            EventField.Y => e.Y?.ToString(inv),
            EventField.Value => e.Value,
            EventField.ValueHash => e.ValueHash,
            EventField.CaseId => e.CaseId,
            EventField.Activity => e.Activity,
            EventField.SourceRow => e.SourceRow?.ToString(inv),
            EventField.Attr => e.Attrs is { } attrs && attrs.TryGetValue(key!, out var value) ? value : null,
            _ => null,
        };
    }
}

/// <summary>
/// Where a source of rows finds a field: in column <paramref name="Column"/> (its text, null when empty), or, when
/// the column is -1, the same <paramref name="Constant"/> for every row.
/// </summary>
internal readonly record struct FieldSlot(int Column, string? Constant);

/// <summary>
/// A value of a <see cref="LogFields"/> query read from a row: the text of <paramref name="Column"/> when it is not
/// empty, else <paramref name="Fallback"/> (always the fallback when the column is -1).
/// </summary>
internal readonly record struct ValuePlan(int Column, string? Fallback);

/// <summary>The case key, the activity label and the attributes of a query, each read from one column or a constant.</summary>
internal sealed record RowPlan(ValuePlan Case, ValuePlan Activity, ValuePlan[] Attributes);
