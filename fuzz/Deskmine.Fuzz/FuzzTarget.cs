namespace Deskmine.Fuzz;

/// <summary>
/// One reader of outside input under fuzzing: <see cref="Run"/> feeds it one input and returns when the input was
/// accepted or refused the documented way; anything else (another exception, a broken invariant) escapes and is a
/// finding.
/// </summary>
/// <param name="Name">Name on the command line (<c>scripts/fuzz.sh NAME</c>).</param>
/// <param name="Description">What is read and what counts as a finding.</param>
/// <param name="Run">Feeds one input.</param>
internal sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run);
