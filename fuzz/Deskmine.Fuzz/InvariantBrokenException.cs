namespace Deskmine.Fuzz;

/// <summary>A reader ended an input in a way its contract does not allow (an error that names no file, a timestamp
/// outside years 1–9999, a second privacy pass that changes the event …): the fuzzer reports it as a crash.</summary>
internal sealed class InvariantBrokenException(string message) : Exception(message);
