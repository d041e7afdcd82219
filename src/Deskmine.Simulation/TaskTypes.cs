namespace Deskmine.Simulation;

/// <summary>
/// The task types (business processes) the simulator knows, as they appear in
/// <see cref="Deskmine.Core.Events.TruthRecord.TaskType"/>. Noise, breaks and interruptions carry an empty task type.
/// </summary>
public static class TaskTypes
{
    /// <summary>Incoming invoice: mail with PDF, Acrobat, ERP (MIRO), Excel tracking sheet. Instances <c>inv-…</c>.</summary>
    public const string InvoiceProcessing = "Invoice processing";

    /// <summary>New customer in the CRM web app, contract web form and KYC check. Instances <c>onb-…</c>.</summary>
    public const string CustomerOnboarding = "Customer onboarding";

    /// <summary>Expense claim in the workflow web app: approve, reject or ask for a receipt. Instances <c>exp-…</c>.</summary>
    public const string ExpenseApproval = "Expense approval";

    /// <summary>Service desk ticket: categorise, assign, reply, escalate. Instances <c>tkt-…</c>.</summary>
    public const string TicketTriage = "Ticket triage";

    /// <summary>Vendor bank details change from a vendor's letter in the ERP (XK02). Instances <c>vmu-…</c>.</summary>
    public const string VendorMasterUpdate = "Vendor master update";

    /// <summary>Every task type, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [InvoiceProcessing, CustomerOnboarding, ExpenseApproval, TicketTriage, VendorMasterUpdate];
}
