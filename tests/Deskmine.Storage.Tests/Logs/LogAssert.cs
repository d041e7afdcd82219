using Deskmine.Core.Logs;

namespace Deskmine.Storage.Tests.Logs;

/// <summary>Two columnar logs are the same: cases, order, activities, times, references, durations and attributes.</summary>
internal static class LogAssert
{
    public static void Same(EventLog expected, EventLog actual)
    {
        Assert.Equal(expected.CaseIds, actual.CaseIds);
        Assert.Equal(expected.CaseStarts, actual.CaseStarts);
        Assert.Equal(expected.ActivityNames, actual.ActivityNames);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.Timestamps, actual.Timestamps);
        Assert.Equal(expected.EventRefs, actual.EventRefs);
        Assert.Equal(expected.Durations, actual.Durations);
        Assert.Equal(expected.Attributes.Keys.Order(), actual.Attributes.Keys.Order());
        foreach (var (name, column) in expected.Attributes)
        {
            var other = actual.Attributes[name];
            Assert.Equal(Enumerable.Range(0, column.Codes.Length).Select(column.ValueAt), Enumerable.Range(0, other.Codes.Length).Select(other.ValueAt));
        }
    }
}
