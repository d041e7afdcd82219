namespace Deskmine.Privacy.Detection;

/// <summary>
/// Finds one kind of personal or secret data in text. Implementations pair a pattern with a validator
/// (Luhn, mod 97, range rules) so near-misses stay and real values go.
/// </summary>
public interface IPiiDetector
{
    /// <summary>Short name used in statistics, e.g. <c>card</c>.</summary>
    string Name { get; }

    /// <summary>Text that replaces a detection, e.g. <c>&lt;card&gt;</c>.</summary>
    string Placeholder { get; }

    /// <summary>Validated detections in <paramref name="text"/>, ascending and not overlapping.</summary>
    IEnumerable<PiiMatch> Find(string text);
}
