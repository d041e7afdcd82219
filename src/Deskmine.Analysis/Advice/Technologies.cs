namespace Deskmine.Analysis.Advice;

/// <summary>The technologies advice can name, as they appear in outputs and the assumptions file.</summary>
public static class Technologies
{
    /// <summary>A software robot repeating deterministic UI steps on structured data.</summary>
    public const string Rpa = "rpa";
    /// <summary>System-to-system transfer an API or an export could do.</summary>
    public const string Integration = "integration";
    /// <summary>Reading unstructured input (PDFs, mails, scans) by document AI.</summary>
    public const string DocumentAi = "document_ai";
    /// <summary>A workflow tool for hand-offs and approvals between people.</summary>
    public const string Workflow = "workflow";
    /// <summary>Remove the work: redundant steps, re-typing what the system already has.</summary>
    public const string Eliminate = "eliminate";
    /// <summary>Agree on one way of working first: people do it too differently to automate.</summary>
    public const string StandardiseFirst = "standardise_first";

    /// <summary>Every technology.</summary>
    public static IReadOnlyList<string> All { get; } = [Rpa, Integration, DocumentAi, Workflow, Eliminate, StandardiseFirst];
}
