using System.Text;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Declare;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Reporting.Compliance;
using Deskmine.Workspaces.Sources;
using ComplianceCheck = Deskmine.Analysis.Compliance.Compliance;

namespace Deskmine.Workspaces.Conformance;

/// <summary>
/// Checks the cases of a log file or workspace against a prescribed procedure — declarative rules or a BPMN model —
/// and optionally writes the audit report (HTML and CSV).
/// </summary>
public static class ComplianceRun
{
    /// <summary>Runs the check.</summary>
    /// <exception cref="InvalidRequestException">Neither or both of rules and model given; bad case notion or classifier.</exception>
    /// <exception cref="InputException">A missing or malformed log, rules file or model (the message names the line).</exception>
    public static ComplianceRunResult Run(ComplianceRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        if (request.RulesFile is not null && request.ModelFile is not null
            || request.RulesFile is null && request.ModelFile is null && request.Walkthroughs.Count == 0)
            throw new InvalidRequestException("give the procedure as one of --rules FILE (declarative rules, JSON) and --model FILE (BPMN 2.0 or PNML), and/or as --walkthrough DIR (recorded walkthroughs)");
        var options = new ComplianceOptions { GroupBy = request.GroupBy };
        // Parse the procedure before reading a possibly large log, so a mistake in it shows at once.
        var rules = request.RulesFile is { } rulesFile ? ComplianceRules.Parse(Read(rulesFile, "rules"), rulesFile) : null;
        // A model is BPMN 2.0, or a Petri net in PNML when the file name says so.
        var net = request.ModelFile is { } pnmlFile && pnmlFile.EndsWith(".pnml", StringComparison.OrdinalIgnoreCase)
            ? PetriNet.ParsePnml(Read(pnmlFile, "PNML model"), pnmlFile) : null;
        var model = net is null && request.ModelFile is { } modelFile ? BpmnModel.Parse(Read(modelFile, "BPMN model"), modelFile) : null;
        var reference = request.Walkthroughs.Count > 0 ? WalkthroughReference.Check(request) : null;
        var attributes = new List<string> { "user", "team" };
        if (!attributes.Contains(request.GroupBy, StringComparer.Ordinal))
            attributes.Add(request.GroupBy);
        var query = LogSources.Query(request.CaseNotion, request.Classifier, attributes);
        ComplianceResult result;
        if (rules is null && model is null && net is null)
        {
            result = new ComplianceResult { Rules = [], Deviations = [], Cases = reference!.Instances.Count, Reference = reference };
        }
        else
        {
            var log = LogSources.Load(request.Input, request.Source, query);
            result = (rules is not null ? ComplianceCheck.Check(log, rules, options)
                : net is not null ? ComplianceCheck.CheckModel(log, net, options)
                : ComplianceCheck.CheckModel(log, model!, options)) with { Reference = reference };
        }
        if (request.AuditDirectory is not { } dir)
            return new ComplianceRunResult(result, null, null);

        Directory.CreateDirectory(dir);
        var html = Path.GetFullPath(Path.Combine(dir, "compliance.html"));
        var csv = Path.GetFullPath(Path.Combine(dir, "compliance.csv"));
        var procedure = string.Join(", ", new[] { request.RulesFile, request.ModelFile }.OfType<string>().Concat(request.Walkthroughs)
            .Select(p => Path.GetFileName(Path.TrimEndingDirectorySeparator(p))));
        File.WriteAllText(html, AuditReport.Render(result, new AuditReportOptions
        {
            Title = "Compliance audit",
            Subtitle = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(request.Input))} against {procedure}; cases: {request.CaseNotion}; activities: {request.Classifier}",
            GeneratedAt = time.GetUtcNow(),
        }), new UTF8Encoding(false));
        File.WriteAllText(csv, AuditCsv.Render(result), new UTF8Encoding(false));
        return new ComplianceRunResult(result, html, csv);
    }

    /// <summary>Checks an already read log against rules (the report and the demo check the workspace they hold open).</summary>
    public static ComplianceResult Check(EventLog log, ComplianceRules rules, string groupBy)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(rules);
        return ComplianceCheck.Check(log, rules, new ComplianceOptions { GroupBy = groupBy });
    }

    /// <summary>Reads and parses a rules file.</summary>
    /// <exception cref="InputException">The file is missing or malformed (the message names the line).</exception>
    public static ComplianceRules ReadRules(string file) => ComplianceRules.Parse(Read(file, "rules"), file);

    private static string Read(string file, string what)
    {
        if (!File.Exists(file))
            throw new InputException(file, null, null, $"no such {what} file");
        return File.ReadAllText(file);
    }
}
