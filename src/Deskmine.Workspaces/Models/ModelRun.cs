using System.Text;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Mining.Models;
using Deskmine.Workspaces.Sources;
using ComplianceCheck = Deskmine.Analysis.Compliance.Compliance;

namespace Deskmine.Workspaces.Models;

/// <summary>
/// Discovers a process model from a log file or workspace with the inductive miner, writes it as BPMN 2.0 (with
/// diagram) and PNML, and scores it against the same log: token-replay fitness, escaping-edges precision, and
/// alignments for small logs.
/// </summary>
public static class ModelRun
{
    /// <summary>Runs the discovery.</summary>
    /// <exception cref="InputException">A missing or malformed log.</exception>
    /// <exception cref="InvalidRequestException">A noise threshold outside 0 to 1, a bad case notion or classifier.</exception>
    public static ModelRunResult Run(ModelRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        if (double.IsNaN(request.Noise) || request.Noise is < 0 or > 1)
            throw new InvalidRequestException($"--noise expects a threshold from 0 to 1 (0: every case fits), got {request.Noise.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var options = new InductiveMinerOptions { NoiseThreshold = request.Noise };
        var log = LogSources.Load(request.Input, request.Source, LogSources.Query(request.CaseNotion, request.Classifier, []));
        return Discover(log, request, options, time);
    }

    /// <summary>Discovers and scores a model of an already read log, writing the files the request names.</summary>
    public static ModelRunResult Discover(EventLog log, ModelRequest request, InductiveMinerOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        var tree = ProcessTrees.Discover(log, options);
        var discovery = time.GetElapsedTime(started).TotalSeconds;
        var net = PetriNet.FromTree(tree);
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(request.Input));
        string? bpmn = null, pnml = null;
        if (request.BpmnFile is { } bpmnFile)
            bpmn = Write(bpmnFile, w => BpmnDocument.Write(tree, w, name));
        if (request.PnmlFile is { } pnmlFile)
            pnml = Write(pnmlFile, w => net.WritePnml(w, name));

        var variants = CountVariants(log);
        var align = request.AlignBelowVariants > 0 && variants <= request.AlignBelowVariants;
        var check = new ModelCheckOptions
        {
            Methods = align ? ConformanceMethod.Both : ConformanceMethod.TokenReplay,
            MaxTimeTotal = TimeSpan.FromSeconds(60),
            MaxTimePerVariant = TimeSpan.FromSeconds(5),
            Clock = time,
        };
        var fitness = ComplianceCheck.CheckModel(log, net, new ComplianceOptions { Model = check }).Fitness;
        return new ModelRunResult
        {
            Cases = log.CaseCount,
            Events = log.EventCount,
            Variants = variants,
            Noise = options.NoiseThreshold,
            Tree = tree,
            Net = net,
            TokenReplay = fitness.Single(f => f.Method == "token_replay"),
            Alignments = fitness.SingleOrDefault(f => f.Method == "alignments"),
            Precision = ComplianceCheck.Precision(log, net, check),
            BpmnFile = bpmn,
            PnmlFile = pnml,
            DiscoverySeconds = discovery,
        };
    }

    private static int CountVariants(EventLog log)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < log.CaseCount; c++)
            seen.Add(string.Join(',', log.ActivitiesOf(c).ToArray()));
        return seen.Count;
    }

    private static string Write(string file, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(file);
        if (Path.GetDirectoryName(full) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        using (var writer = new StreamWriter(full, false, new UTF8Encoding(false)))
            write(writer);
        return full;
    }
}
