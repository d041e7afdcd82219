namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>The kinds of BPMN flow nodes Deskmine reads.</summary>
public enum BpmnNodeKind
{
    /// <summary>A task (any task type, or a call activity): records its name as an activity.</summary>
    Task,
    /// <summary>A start event.</summary>
    StartEvent,
    /// <summary>An end event.</summary>
    EndEvent,
    /// <summary>An intermediate catch or throw event: passed through silently.</summary>
    IntermediateEvent,
    /// <summary>An exclusive (XOR) or event-based gateway: exactly one branch.</summary>
    ExclusiveGateway,
    /// <summary>A parallel (AND) gateway: every branch.</summary>
    ParallelGateway,
    /// <summary>An inclusive (OR) gateway: one or more branches.</summary>
    InclusiveGateway,
}
