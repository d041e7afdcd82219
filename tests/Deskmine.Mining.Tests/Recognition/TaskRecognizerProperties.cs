using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class TaskRecognizerProperties
{
    private static readonly string[] Apps = ["Excel", "Chrome", "Outlook", "ERP"];
    private static readonly string[] Kinds = [EventKinds.Click, EventKinds.TextInput, EventKinds.Copy, EventKinds.Paste, EventKinds.AppSwitch];

    private static List<UiEvent> Stream(string user, int[] codes)
    {
        var t = 0.0;
        return [.. codes.Select(c =>
        {
            t += 0.2 + (Math.Abs(c) % 37);
            var a = Math.Abs(c);
            return SomeStreams.Event(user, t, Kinds[a % Kinds.Length], Apps[(a / 5) % Apps.Length], $"field{a % 11}", $"Doc {a % 13}", (a % 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        })];
    }

    [Property(MaxTest = 60)]
    public void Every_event_is_in_exactly_one_segment_or_noise(int[] codes)
    {
        var events = Stream("u", codes);
        var r = TaskRecognizer.Recognize(events);
        Assert.Equal(events.Count, r.SegmentOfEvent.Count);
        Assert.All(r.SegmentOfEvent, s => Assert.InRange(s, -1, r.Segments.Count - 1));
        Assert.Equal(r.SegmentOfEvent.Count(s => s >= 0), r.Segments.Sum(s => s.EventCount));
    }

    [Property(MaxTest = 40)]
    public void Same_input_gives_the_same_result(int[] codes)
    {
        var events = Stream("u", codes);
        var a = TaskRecognizer.Recognize(events);
        var b = TaskRecognizer.Recognize(events);
        Assert.Equal(a.SegmentOfEvent, b.SegmentOfEvent);
        Assert.Equal(a.TaskTypeOfEvent, b.TaskTypeOfEvent);
        Assert.Equal(a.Segments.Select(s => s.CaseId), b.Segments.Select(s => s.CaseId));
    }

    [Property(MaxTest = 40)]
    public void Other_users_data_does_not_change_a_users_segments(int[] mine, int[] theirs)
    {
        var own = Stream("alice", mine);
        var alone = TaskRecognizer.Recognize(own);
        var mixed = TaskRecognizer.Recognize([.. Stream("bob", theirs), .. own]);
        var offset = theirs.Length;
        // Same partition of Alice's events (segment numbers may shift).
        var pairsAlone = own.Select((_, i) => alone.SegmentOfEvent[i]).ToArray();
        var pairsMixed = own.Select((_, i) => mixed.SegmentOfEvent[offset + i]).ToArray();
        for (var i = 0; i < own.Count; i++)
        {
            for (var j = i + 1; j < own.Count; j++)
            {
                Assert.Equal(pairsAlone[i] == pairsAlone[j], pairsMixed[i] == pairsMixed[j]);
                Assert.Equal(pairsAlone[i] < 0, pairsMixed[i] < 0);
            }
        }
    }
}
