namespace Deskmine.Privacy.Detection;

/// <summary>The built-in detectors.</summary>
public static class PiiDetectors
{
    /// <summary>
    /// All built-in detectors in the order the filter runs them: secrets first (a token may contain digits
    /// that look like other things), then e-mail, IBAN, payment card, national ids, IP addresses, phone
    /// numbers and person names. Each runs on the output of the previous one, so a placeholder is never
    /// matched again.
    /// </summary>
    public static IReadOnlyList<IPiiDetector> Default { get; } =
    [
        new SecretDetector(),
        new EmailDetector(),
        new IbanDetector(),
        new PaymentCardDetector(),
        new NationalIdDetector(),
        new IpAddressDetector(),
        new PhoneDetector(),
        new PersonNameDetector(),
    ];
}
