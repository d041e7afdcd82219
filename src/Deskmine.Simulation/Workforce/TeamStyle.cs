namespace Deskmine.Simulation.Workforce;

/// <summary>How a team habitually performs shared processes; the source of team-specific variants.</summary>
internal enum TeamStyle
{
    /// <summary>Copies values between applications with the clipboard (invoice amount from PDF into the ERP).</summary>
    CopyPaste,

    /// <summary>Types values by hand; runs the KYC check before creating a customer; pastes reply templates.</summary>
    Typing,

    /// <summary>Checks the tracking sheet before entering an invoice; always opens receipts before deciding.</summary>
    CheckFirst,
}
