namespace Deskmine.Privacy.Detection;

/// <summary>Check-digit validators used by the detectors.</summary>
internal static class Checksums
{
    /// <summary>Luhn (mod 10) check over a string of digits, as used by payment card numbers.</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
                return false;
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>ISO 13616 IBAN check: move the first four characters to the end, letters to 10–35, mod 97 = 1.</summary>
    public static bool Iban(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 15 || iban.Length > 34)
            return false;
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = char.ToUpperInvariant(iban[(i + 4) % iban.Length]);
            if (c is >= '0' and <= '9')
                remainder = ((remainder * 10) + (c - '0')) % 97;
            else if (c is >= 'A' and <= 'Z')
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            else
                return false;
        }
        return remainder == 1;
    }

    /// <summary>
    /// German tax identification number (Steuer-IdNr): 11 digits, no leading zero, in the first ten digits
    /// exactly one digit occurs two or three times (the rest at most once), and the last digit is the
    /// ISO 7064 MOD 11,10 check digit.
    /// </summary>
    public static bool GermanTaxId(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || digits[0] == '0')
            return false;
        Span<int> counts = stackalloc int[10];
        foreach (var c in digits[..10])
        {
            if (c is < '0' or > '9')
                return false;
            counts[c - '0']++;
        }
        int repeated = 0, missing = 0;
        foreach (var n in counts)
        {
            if (n > 3)
                return false;
            if (n >= 2)
                repeated++;
            if (n == 0)
                missing++;
        }
        if (repeated != 1 || missing is < 1 or > 2)
            return false;
        var product = 10;
        for (var i = 0; i < 10; i++)
        {
            var sum = (digits[i] - '0' + product) % 10;
            if (sum == 0)
                sum = 10;
            product = sum * 2 % 11;
        }
        var check = 11 - product;
        if (check == 10)
            check = 0;
        return check == digits[10] - '0';
    }

    /// <summary>Digits of <paramref name="text"/> with separators removed.</summary>
    public static string DigitsOnly(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
                buffer[n++] = c;
        }
        return new string(buffer, 0, n);
    }

    /// <summary>Letters and digits of <paramref name="text"/>, upper-cased, separators removed.</summary>
    public static string Compact(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
                buffer[n++] = char.ToUpperInvariant(c);
        }
        return new string(buffer, 0, n);
    }
}
