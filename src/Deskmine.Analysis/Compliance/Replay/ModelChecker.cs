using Deskmine.Analysis.Compliance.Models;
using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// Checks a log against a net with the chosen methods. Each distinct activity sequence (variant) is replayed or
/// aligned once and the answer shared by its cases. Each method is reported as one rule (id and template =
/// <c>alignments</c> / <c>token_replay</c>), with a deviation for every case that does not fit.
/// </summary>
internal static class ModelChecker
{
    public const string AlignmentsId = "alignments";
    public const string TokenReplayId = "token_replay";

    public static ComplianceResult Check(EventLog log, PetriNet model, ComplianceOptions options, CaseView view)
    {
        var net = new CompiledNet(model, log.ActivityNames);
        var variants = Variants(log);
        var rules = new List<RuleOutcome>();
        var deviations = new List<Deviation>();
        var fitness = new List<ModelFitness>();
        var violatedBy = new List<(string, bool[])>();
        if (options.Model.Methods.HasFlag(ConformanceMethod.Alignments))
            Run(AlignmentsId, AlignmentCheck.Run(log, net, variants, options.Model, view, deviations));
        if (options.Model.Methods.HasFlag(ConformanceMethod.TokenReplay))
            Run(TokenReplayId, ReplayCheck.Run(log, net, variants, options.Model, view, deviations));

        var warnings = model.Labels.Where(l => !log.ActivityNames.Contains(l))
            .Select(l => new ComplianceWarning("model", l, ActivityHints.Closest(l, log.ActivityNames, options.ClosestNames)))
            .ToList();
        return new ComplianceResult
        {
            Rules = rules,
            Deviations = deviations,
            GroupBy = view.HasGroups ? options.GroupBy : null,
            Rates = GroupRates.Compute(log, view, violatedBy),
            Warnings = warnings,
            Fitness = fitness,
            Cases = log.CaseCount,
        };

        void Run(string id, ModelFitness result)
        {
            fitness.Add(result);
            var violated = new bool[log.CaseCount];
            var fits = result.PerCase.ToDictionary(c => c.Case, c => c.Fits, StringComparer.Ordinal);
            for (var c = 0; c < log.CaseCount; c++)
                violated[c] = fits.TryGetValue(log.CaseIds[c], out var fit) && !fit;
            rules.Add(new RuleOutcome(id, id, result.PerCase.Count, result.PerCase.Count(c => !c.Fits)));
            violatedBy.Add((id, violated));
        }
    }

    /// <summary>Every case in log order with the index of its variant.</summary>
    internal static IEnumerable<(int Case, int Variant)> CaseOrder(List<(int[] Trace, List<int> Cases)> variants, int caseCount)
    {
        var variantOf = new int[caseCount];
        for (var v = 0; v < variants.Count; v++)
        {
            foreach (var c in variants[v].Cases)
                variantOf[c] = v;
        }
        return Enumerable.Range(0, caseCount).Select(c => (c, variantOf[c]));
    }

    /// <summary>Cases grouped by their activity sequence, in order of first appearance.</summary>
    internal static List<(int[] Trace, List<int> Cases)> Variants(EventLog log)
    {
        var index = new Dictionary<int[], int>(MarkingComparer.Instance);
        var variants = new List<(int[] Trace, List<int> Cases)>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            var trace = log.ActivitiesOf(c).ToArray();
            if (!index.TryGetValue(trace, out var v))
            {
                v = variants.Count;
                index[trace] = v;
                variants.Add((trace, []));
            }
            variants[v].Cases.Add(c);
        }
        return variants;
    }
}
