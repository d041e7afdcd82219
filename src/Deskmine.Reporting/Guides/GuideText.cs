using System.Globalization;
using Deskmine.Analysis.Guides;

namespace Deskmine.Reporting.Guides;

/// <summary>Wording shared by the guide's Markdown and HTML renderings, so both say the same.</summary>
internal static class GuideText
{
    public static string Time(long micros) => DurationText.Format(micros / 1e6);

    public static string Share(double share) =>
        share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);

    public static string Element(GuideElement e)
    {
        var parts = new List<string>();
        if (e.Role is not null)
            parts.Add("role " + e.Role);
        if (e.Name is not null)
            parts.Add("name '" + e.Name + "'");
        if (e.Id is not null)
            parts.Add("id " + e.Id);
        if (e.FieldName is not null && e.FieldName != e.Name)
            parts.Add("field " + e.FieldName);
        if (e.Path is not null)
            parts.Add("path " + e.Path);
        return parts.Count == 0 ? "–" : string.Join(", ", parts);
    }

    public static string Flow(GuideDataFlow d)
    {
        var way = d.Direction == GuideFlowDirection.In ? "from" : "to";
        var text = string.Create(CultureInfo.InvariantCulture, $"{way} {d.OtherApplication} '{d.OtherField}' ({d.Count}×)");
        return d.Transformation is null ? text : text + ", " + d.Transformation;
    }

    public static string Exception(GuideException x) => x.Kind == GuideExceptionKind.ExtraStep
        ? string.Create(CultureInfo.InvariantCulture, $"{x.Step.Description} — extra step after step {x.AfterStep}")
        : string.Create(CultureInfo.InvariantCulture, $"Step {x.Step.Number} left out: {x.Step.Description}");

    public static string Summary(GuideSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Instances} instances by {s.People} {(s.People == 1 ? "person" : "people")}; {s.MainVariantInstances} follow the main variant exactly ({s.Variants} variants). Median handling time {Time(s.MedianHandlingMicros)}, median elapsed {Time(s.MedianElapsedMicros)}.");
}
