using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>Runs every rule over every case and gathers the outcomes, deviations and warnings.</summary>
internal static class DeclareChecker
{
    public static ComplianceResult Check(EventLog log, ComplianceRules rules, ComplianceOptions options, CaseView view)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < log.ActivityNames.Count; i++)
            codes.TryAdd(log.ActivityNames[i], i);
        var occurrences = new int[log.ActivityNames.Count];
        foreach (var a in log.Activities)
            occurrences[a]++;

        var evaluator = new RuleEvaluator(view, options);
        var outcomes = new List<RuleOutcome>(rules.Rules.Count);
        var deviations = new List<Deviation>();
        var warnings = new List<ComplianceWarning>();
        var violatedBy = new List<(string Rule, bool[] Cases)>();
        foreach (var rule in rules.Rules)
        {
            var a = Code(rule.A);
            var b = rule.B is null ? -1 : Code(rule.B);
            Warn(rule, rule.A, a);
            if (rule.B is not null && rule.B != rule.A)
                Warn(rule, rule.B, b);

            var violated = new bool[log.CaseCount];
            int checkedCases = 0, violatedCases = 0;
            for (var c = 0; c < log.CaseCount; c++)
            {
                if (!evaluator.Evaluate(rule, a, b, c, out var violation))
                    continue;
                checkedCases++;
                if (violation is null)
                    continue;
                violatedCases++;
                violated[c] = true;
                deviations.Add(view.Deviation(rule.Id, rule.TemplateName, c, violation.Events, violation.Message));
            }
            outcomes.Add(new RuleOutcome(rule.Id, rule.TemplateName, checkedCases, violatedCases));
            violatedBy.Add((rule.Id, violated));
        }

        return new ComplianceResult
        {
            Rules = outcomes,
            Deviations = deviations,
            GroupBy = view.HasGroups ? options.GroupBy : null,
            Rates = GroupRates.Compute(log, view, violatedBy),
            Warnings = warnings,
            Cases = log.CaseCount,
        };

        int Code(string name) => codes.TryGetValue(name, out var code) && occurrences[code] > 0 ? code : -1;

        void Warn(ComplianceRule rule, string activity, int code)
        {
            if (code >= 0)
                return;
            var present = log.ActivityNames.Where((_, i) => occurrences[i] > 0);
            warnings.Add(new ComplianceWarning(rule.Id, activity, ActivityHints.Closest(activity, present, options.ClosestNames)));
        }
    }
}
