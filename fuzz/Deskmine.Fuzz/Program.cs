using Deskmine.Fuzz;

// deskmine-fuzz TARGET                  run under afl-fuzz (scripts/fuzz.sh starts it so)
// deskmine-fuzz TARGET --replay PATH…   run saved inputs in this process and print each finding
// deskmine-fuzz --list                  the targets
if (args.Length == 0 || args[0] is "--list" or "-h" or "--help")
{
    foreach (var t in FuzzTargets.All)
        Console.WriteLine($"{t.Name,-18} {t.Description}");
    return args.Length == 0 ? 2 : 0;
}
if (FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"deskmine-fuzz: unknown target '{args[0]}'; see --list");
    return 2;
}
if (args.Length > 1 && args[1] == "--replay")
{
    var findings = Replay.Run(target, args.Skip(2));
    foreach (var (file, error) in findings)
        Console.WriteLine($"{file}: {error}");
    Console.WriteLine($"{target.Name}: {findings.Count} finding(s)");
    return findings.Count == 0 ? 0 : 1;
}
SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
