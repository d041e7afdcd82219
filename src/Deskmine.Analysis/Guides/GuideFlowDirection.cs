namespace Deskmine.Analysis.Guides;

/// <summary>Which way a value moves relative to a step's element.</summary>
public enum GuideFlowDirection
{
    /// <summary>The value arrives in the step's field (it was read or copied elsewhere).</summary>
    In,

    /// <summary>The value leaves the step's field for another one.</summary>
    Out,
}
