namespace Deskmine.Storage;

/// <summary>Names of the derived-results runs that several commands share.</summary>
public static class DerivedRuns
{
    /// <summary>
    /// Written by <c>deskmine mine</c>; read by exports, by the <c>segment</c> and <c>mined</c> case notions and
    /// by the <c>derived.*</c> fields of a log query.
    /// </summary>
    public const string Recognition = "recognition";
}
