namespace Deskmine.Privacy.Detection;

/// <summary>Check rules of national id numbers, on the compact (letters and digits, upper-case) form.</summary>
internal static class NationalIds
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>French NIR: 13 characters (Corsica: 2A/2B in place of the department digits) and a 2-digit key,
    /// key = 97 − (number mod 97).</summary>
    public static bool FrenchNir(string compact)
    {
        if (compact.Length != 15)
            return false;
        var body = compact[..13];
        // Corsican departments 2A and 2B count as 19 and 18 in the key.
        if (body[5] == '2' && body[6] is 'A' or 'B')
            body = body[..5] + (body[6] == 'A' ? "19" : "18") + body[7..];
        if (!body.All(char.IsAsciiDigit) || !compact[13..].All(char.IsAsciiDigit))
            return false;
        var number = ulong.Parse(body, System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(compact[13..], System.Globalization.CultureInfo.InvariantCulture);
        return key == 97 - (int)(number % 97);
    }

    /// <summary>Spanish DNI (8 digits + letter) or NIE (X/Y/Z = 0/1/2, 7 digits, letter): letter = table[n mod 23].</summary>
    public static bool SpanishDni(string compact)
    {
        if (compact.Length != 9)
            return false;
        var digits = compact[0] switch
        {
            'X' => "0" + compact[1..8],
            'Y' => "1" + compact[1..8],
            'Z' => "2" + compact[1..8],
            _ => compact[..8],
        };
        if (!digits.All(char.IsAsciiDigit))
            return false;
        var n = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return DniLetters[n % 23] == compact[8];
    }

    /// <summary>Italian codice fiscale: 16 characters, the last a check letter over odd/even position values.</summary>
    public static bool ItalianFiscalCode(string compact)
    {
        if (compact.Length != 16)
            return false;
        ReadOnlySpan<int> odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = compact[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            if (index is < 0 or > 25)
                return false;
            sum += i % 2 == 0 ? odd[index] : index;
        }
        return compact[15] == (char)('A' + (sum % 26));
    }

    /// <summary>Dutch BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11 and not zero.</summary>
    public static bool DutchBsn(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
            return false;
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (9 - i) * (digits[i] - '0');
        sum -= digits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
