using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Transfers;

/// <summary>Settings of <see cref="DataTransfers.Find"/>.</summary>
public sealed record DataTransferOptions
{
    /// <summary>The default settings.</summary>
    public static DataTransferOptions Default { get; } = new();

    /// <summary>
    /// A paste matches the latest copy of the same content made at most this long before it, anywhere in the
    /// person's stream (the clipboard outlives task boundaries). Default 30 minutes.
    /// </summary>
    public TimeSpan MaxCopyToPaste { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A clipboard event without a target of its own belongs to the element or cell used at most this long before
    /// it. Default 5 minutes.
    /// </summary>
    public TimeSpan AttributionWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far an element event may come after the clipboard event it explains. Action Logger writes the clipboard
    /// row from another process than the spreadsheet's <c>getCell</c>, and the two clocks disagree by tens of
    /// milliseconds (Leno's Reimbursement log has a copy 34 ms before its cell). Default 250 ms.
    /// </summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Text typed into the field after a paste within this time, before another field is used, completes that
    /// paste (the person edits what was pasted) rather than being a transfer of its own. Default 60 s.
    /// </summary>
    public TimeSpan PasteEditWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Typed values (no clipboard) shorter than this many characters are not matched: short codes such as
    /// <c>01</c> or <c>EN</c> recur by chance. Pastes are matched at any length. Default 3.
    /// </summary>
    public int MinTypedLength { get; init; } = 3;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        Positive(MaxCopyToPaste, nameof(MaxCopyToPaste), TimeSpan.FromDays(1));
        Positive(AttributionWindow, nameof(AttributionWindow), TimeSpan.FromHours(8));
        Positive(PasteEditWindow, nameof(PasteEditWindow), TimeSpan.FromHours(1));
        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromSeconds(10))
            throw new InputException(nameof(DataTransferOptions), null, nameof(ClockSkew), $"expected 0–10 s, got {ClockSkew}");
        if (MinTypedLength is < 1 or > 1000)
            throw new InputException(nameof(DataTransferOptions), null, nameof(MinTypedLength), $"expected 1–1000 characters, got {MinTypedLength}");
    }

    private static void Positive(TimeSpan value, string name, TimeSpan max)
    {
        if (value <= TimeSpan.Zero || value > max)
            throw new InputException(nameof(DataTransferOptions), null, name, $"expected more than 0 and at most {max}, got {value}");
    }
}
