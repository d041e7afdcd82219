namespace Deskmine.Analysis.Guides;

/// <summary>How an exception departs from the main variant.</summary>
public enum GuideExceptionKind
{
    /// <summary>Some instances do a step the main variant does not have.</summary>
    ExtraStep,

    /// <summary>Some instances leave out a step of the main variant.</summary>
    MissingStep,
}
