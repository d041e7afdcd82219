using System.Diagnostics;
using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Transfers;
using Deskmine.Core.Errors;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Work;
using StandardisationStage = Deskmine.Analysis.Standardisation.Standardisation;
using StandardisationOptions = Deskmine.Analysis.Standardisation.StandardisationOptions;

namespace Deskmine.Workspaces.Analyses;

/// <summary>
/// The analysis stage over a workspace: time study, automation candidates with savings and technology advice, data
/// transfers and the comparison of teams, all from the task instances the last recognition run found.
/// </summary>
public static class AnalysisRun
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="InputException">The assumptions file is missing or malformed (the message names the line).</exception>
    /// <exception cref="WorkspaceProblemException">The workspace has no recognition run (or no truth, for <see cref="WorkSource.Truth"/>).</exception>
    public static AnalysisRunResult Run(Workspace workspace, AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var assumptions = ReadAssumptions(request.AssumptionsFile);
        var work = request.Source == WorkSource.Truth ? WorkLogs.FromTruth(workspace) : WorkLogs.FromRecognition(workspace);
        var transfers = DataTransfers.Find(work);
        var analysis = AutomationAnalysis.Analyze(work, transfers, assumptions);
        var standardisation = StandardisationStage.Compare(work, request.GroupAttribute, new StandardisationOptions
        {
            MinPeople = request.MinGroupSize,
            WorkingDaysPerYear = assumptions.WorkingDaysPerYear,
        });
        return new AnalysisRunResult
        {
            Work = work,
            Analysis = analysis,
            Transfers = transfers,
            Standardisation = standardisation,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Reads an assumptions file, or the defaults when <paramref name="file"/> is <c>null</c>.</summary>
    /// <exception cref="InputException">The file is missing or malformed.</exception>
    public static AnalysisAssumptions ReadAssumptions(string? file)
    {
        if (file is null)
            return AnalysisAssumptions.Default;
        if (!File.Exists(file))
            throw new InputException(file, null, null, "no such assumptions file; expected a JSON object (see docs/analysis.md, Assumptions file)");
        return AssumptionsJson.Parse(File.ReadAllText(file), file);
    }
}
