namespace Deskmine.Privacy.Detection;

/// <summary>The built-in detectors.</summary>
public static class PiiDetectors
{
    /// <summary>
    /// All built-in detectors in the order the filter runs them: secrets first (a token may contain digits
    /// that look like other things), then e-mail, IP addresses (before the numbers, whose separators
    /// would otherwise read an address as digit groups), IBAN, payment card, national ids, phone numbers and person names. Each runs on the output of the previous one, so a placeholder is never
    /// matched again.
    /// </summary>
    public static IReadOnlyList<IPiiDetector> Default { get; } =
    [
        new SecretDetector(),
        new EmailDetector(),
        new IpAddressDetector(),
        new IbanDetector(),
        new PaymentCardDetector(),
        new NationalIdDetector(),
        new PhoneDetector(),
        new PersonNameDetector(),
    ];
}
