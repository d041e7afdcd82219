namespace Deskmine.Analysis.Candidates;

/// <summary>What a candidate stands for.</summary>
public enum CandidateKind
{
    /// <summary>A whole task type.</summary>
    TaskType,

    /// <summary>A frequent sub-routine: a contiguous run of steps recurring in many instances, possibly across task types.</summary>
    Routine,
}
