using System.Text.RegularExpressions;
using Deskmine.Analysis.Work;
using Deskmine.Privacy.Detection;

namespace Deskmine.Workspaces.Documents;

/// <summary>
/// Removes personal data from the descriptive texts a guide shows (window title, address, element name, id, path and
/// attributes) before the guides are built. A recording made by the agent went through the privacy filter already;
/// simulated and imported logs did not, and a guide is meant to be handed around, so it must hold no e-mail
/// address, account or card number of whoever was recorded (<c>Inbox - lea.smith@acme.com - Outlook</c>). Runs of six
/// or more digits (document, order and account numbers: <c>Standard PO 4511125732 Display</c>) become <c>&lt;n&gt;</c>,
/// the guides' own template for values that differ only in digits, so one screen is not listed once per order.
/// </summary>
internal static partial class GuideRedaction
{
    // Person-name detection is left out: it reads capitalised UI labels ("Student details", "First Name") as names,
    // and those labels are what a guide is for; the screen and field names of a recorded person are not names.
    private static readonly PiiRedactor Redactor = new(PiiDetectors.Default.Where(d => d.Name != "name").ToList());

    /// <summary>The same work with every descriptive text redacted; instances, steps and task types are kept.</summary>
    public static WorkLog Redact(WorkLog work)
    {
        // Titles and labels repeat across thousands of events: each distinct text is redacted once.
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        // Redacted as each event is read rather than copied: a copy of every event was gigabytes on a large workspace.
        var events = new Work.MappedEvents(work.Events, e => e with
        {
            Window = Text(e.Window),
            Url = Text(e.Url),
            TargetName = Text(e.TargetName),
            TargetId = Text(e.TargetId),
            TargetPath = Text(e.TargetPath),
            Attrs = e.Attrs is null ? null : e.Attrs.ToDictionary(a => a.Key, a => Text(a.Value)!, StringComparer.Ordinal),
        });
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = work.InstanceOfEvent,
            StepOfEvent = work.StepOfEvent,
            TaskTypes = work.TaskTypes,
            Instances = work.Instances,
        };

        string? Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
                return text;
            if (!seen.TryGetValue(text, out var redacted))
            {
                redacted = LongDigitRun().Replace(Redactor.Redact(text), "<n>");
                seen.Add(text, redacted);
            }
            return redacted;
        }
    }

    [GeneratedRegex(@"\d{6,}")]
    private static partial Regex LongDigitRun();
}
