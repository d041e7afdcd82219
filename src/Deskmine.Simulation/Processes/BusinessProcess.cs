using Deskmine.Simulation.Recording;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// One business process. <see cref="Run"/> is an iterator that performs one step per <c>MoveNext</c>, so the
/// scheduler can interrupt or suspend an instance between steps and resume it later.
/// </summary>
internal abstract class BusinessProcess
{
    /// <summary>Task type name, one of <see cref="TaskTypes"/>.</summary>
    public abstract string TaskType { get; }

    /// <summary>Prefix of instance ids, e.g. <c>inv</c> for <c>inv-000123</c>.</summary>
    public abstract string Prefix { get; }

    /// <summary>Performs the instance; yields after every step except the last. Every process has at least 4 steps.</summary>
    /// <param name="r">Recorder of the current session; its task truth is already set.</param>
    /// <param name="number">Run-wide ordinal of this instance within its task type, the source of unique business ids.</param>
    /// <param name="exceptionRate">Probability of the process's exception path.</param>
    /// <param name="violationRate">Probability that the instance skips a control the procedure prescribes (processes
    /// without a control ignore it); see <see cref="Violations"/>.</param>
    public abstract IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate);

    /// <summary>Whether this instance breaks its procedure; draws no random number when violations are off, so runs
    /// without them are the same event for event as before violations existed.</summary>
    protected static bool Violates(SimRandom rng, double violationRate) => violationRate > 0 && rng.Chance(violationRate);

    /// <summary>
    /// A unique-looking business number: an affine bijection of the ordinal modulo a power of ten, so numbers do not
    /// repeat until the ordinal wraps and do not look sequential.
    /// </summary>
    protected static long BusinessNumber(long ordinal, long digits, long salt)
    {
        var modulus = (long)Math.Pow(10, digits - 1) * 9;
        return ((((ordinal * 7919) + salt) % modulus) + modulus) % modulus + (modulus / 9);
    }

    /// <summary>Free text of <paramref name="length"/> characters (only its length and hash are recorded by default).</summary>
    protected static string Prose(SimRandom rng, int length) => rng.Text(length);

    protected static string Money(double amount) =>
        amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    protected static string Date(long micros) =>
        Deskmine.Core.Timestamps.FromMicros(micros).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
