namespace Deskmine.Simulation;

/// <summary>
/// The compliance violations the simulator can inject (<see cref="SimulationOptions.ViolationRate"/>), as they appear
/// in <see cref="SimulatedEvent.Violation"/>. Each breaks one control of the back office's procedures, so a rules
/// file that states the control finds exactly the injected instances.
/// </summary>
public static class Violations
{
    /// <summary>
    /// Invoice processing: "Post invoice" without "Simulate posting" before it (the ERP's check that the document
    /// balances). Rule: <c>precedence(Simulate posting, Post invoice)</c>.
    /// </summary>
    public const string PostedWithoutSimulation = "posted without simulation";

    /// <summary>
    /// Vendor master update: new bank details saved and never confirmed to the vendor (the control against payment
    /// fraud: the vendor must learn of every change). Rule: <c>response(Save vendor, Confirm to vendor)</c>.
    /// </summary>
    public const string BankChangeNotConfirmed = "bank change not confirmed";

    /// <summary>Every violation, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [PostedWithoutSimulation, BankChangeNotConfirmed];
}
