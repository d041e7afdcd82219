using System.Globalization;
using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>
/// The meaning of each template on one case. Activities are compared by code; an activity the log does not
/// know has code -1 and so never occurs. "Later" and "before" are positions in the case, which the log orders
/// by time and then by file order.
/// </summary>
internal sealed class RuleEvaluator(CaseView view, ComplianceOptions options)
{
    private readonly EventLog _log = view.Log;

    /// <summary>
    /// Evaluates <paramref name="rule"/> on case <paramref name="c"/>. Returns <c>false</c> when the case cannot be
    /// checked (a duration without times, four eyes without any resource attribute); else sets
    /// <paramref name="violation"/> to the violation or <c>null</c>.
    /// </summary>
    public bool Evaluate(ComplianceRule rule, int a, int b, int c, out RuleViolation? violation)
    {
        var from = _log.CaseStarts[c];
        var to = _log.CaseStarts[c + 1];
        violation = null;
        switch (rule.Template)
        {
            case DeclareTemplate.Existence:
                violation = Find(a, from, to) < 0 ? new([], $"'{rule.A}' never occurs") : null;
                return true;
            case DeclareTemplate.Absence:
                var present = All(a, from, to);
                violation = present.Count > 0 ? new(present, $"'{rule.A}' occurs {Times(present.Count)}") : null;
                return true;
            case DeclareTemplate.Init:
                violation = from == to ? new([], $"the case is empty, it does not start with '{rule.A}'")
                    : _log.Activities[from] != a ? new([from], $"the case starts with '{Name(from)}', not '{rule.A}'") : null;
                return true;
            case DeclareTemplate.End:
                violation = from == to ? new([], $"the case is empty, it does not end with '{rule.A}'")
                    : _log.Activities[to - 1] != a ? new([to - 1], $"the case ends with '{Name(to - 1)}', not '{rule.A}'") : null;
                return true;
            case DeclareTemplate.Response:
                violation = Response(rule, a, b, from, to);
                return true;
            case DeclareTemplate.Precedence:
                violation = Precedence(rule, a, b, from, to);
                return true;
            case DeclareTemplate.Succession:
                var response = Response(rule, a, b, from, to);
                var precedence = Precedence(rule, a, b, from, to);
                violation = response is null ? precedence : precedence is null ? response
                    : new([.. response.Events, .. precedence.Events], $"{response.Message}; {precedence.Message}");
                return true;
            case DeclareTemplate.ChainResponse:
                violation = ChainResponse(rule, a, b, from, to);
                return true;
            case DeclareTemplate.NotCoexistence:
                var firstA = Find(a, from, to);
                var firstB = Find(b, a == b && firstA >= 0 ? firstA + 1 : from, to);
                violation = firstA >= 0 && firstB >= 0 ? new([firstA, firstB], $"both '{rule.A}' and '{rule.B}' occur") : null;
                return true;
            case DeclareTemplate.FourEyes:
                if (!view.HasResources)
                    return false;
                violation = FourEyes(rule, a, b, from, to);
                return true;
            case DeclareTemplate.MaxDuration:
                return MaxDuration(rule, a, b, from, to, out violation);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Template, "unknown template");
        }
    }

    private RuleViolation? Response(ComplianceRule rule, int a, int b, int from, int to)
    {
        // Every a needs some b at a later position: exactly the a's after the last b fail.
        var lastB = -1;
        for (var e = to - 1; e >= from && lastB < 0; e--)
        {
            if (_log.Activities[e] == b)
                lastB = e;
        }
        var unanswered = All(a, Math.Max(from, lastB + 1), to);
        if (a == b && lastB >= 0)
            unanswered = [lastB];
        return unanswered.Count == 0 ? null
            : new(unanswered, $"{Times(unanswered.Count, "'" + rule.A + "'")} not followed by '{rule.B}'");
    }

    private RuleViolation? Precedence(ComplianceRule rule, int a, int b, int from, int to)
    {
        // Every b needs some a at an earlier position: exactly the b's up to the first a fail.
        var firstA = Find(a, from, to);
        var unprepared = All(b, from, firstA < 0 ? to : a == b ? firstA + 1 : firstA);
        return unprepared.Count == 0 ? null
            : new(unprepared, $"{Times(unprepared.Count, "'" + rule.B + "'")} without '{rule.A}' before");
    }

    private RuleViolation? ChainResponse(ComplianceRule rule, int a, int b, int from, int to)
    {
        var evidence = new List<int>();
        string? first = null;
        var count = 0;
        for (var e = from; e < to; e++)
        {
            if (_log.Activities[e] != a)
                continue;
            var next = e + 1;
            if (next < to && _log.Activities[next] == b)
                continue;
            count++;
            evidence.Add(e);
            if (next < to)
                evidence.Add(next);
            first ??= next < to ? $"'{rule.A}' directly followed by '{Name(next)}', not '{rule.B}'" : $"'{rule.A}' ends the case, no '{rule.B}' directly after";
        }
        return count == 0 ? null : new(evidence, count == 1 ? first! : $"{first} ({Times(count, "'" + rule.A + "'")} without '{rule.B}' directly after)");
    }

    private RuleViolation? FourEyes(ComplianceRule rule, int a, int b, int from, int to)
    {
        // The first pair of distinct events, one a and one b, by the same known resource.
        var firstOfA = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = from; e < to; e++)
        {
            if (_log.Activities[e] == a && view.ResourceOf(e) is { } r)
                firstOfA.TryAdd(r, e);
        }
        for (var e = from; e < to; e++)
        {
            if (_log.Activities[e] != b || view.ResourceOf(e) is not { } r || !firstOfA.TryGetValue(r, out var ea) || ea == e)
                continue;
            return new([ea, e], a == b ? $"'{r}' performed '{rule.A}' twice" : $"'{r}' performed both '{rule.A}' and '{rule.B}'");
        }
        if (a == b)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var e = from; e < to; e++)
            {
                if (_log.Activities[e] == a && view.ResourceOf(e) is { } r && !seen.Add(r))
                    return new([firstOfA[r], e], $"'{r}' performed '{rule.A}' twice");
            }
        }
        return null;
    }

    private bool MaxDuration(ComplianceRule rule, int a, int b, int from, int to, out RuleViolation? violation)
    {
        violation = null;
        var first = Find(a, from, to);
        if (first < 0)
            return true;
        var next = Find(b, first + 1, to);
        if (next < 0)
        {
            if (options.MaxDurationRequiresTarget)
                violation = new([first], $"'{rule.A}' is never followed by '{rule.B}' (limit {Seconds(rule.Seconds!.Value)})");
            return true;
        }
        var start = _log.Timestamps[first];
        var end = _log.Timestamps[next];
        if (start == EventLog.NoTimestamp || end == EventLog.NoTimestamp)
            return false;
        var elapsed = (end - start) / 1e6;
        if (elapsed > rule.Seconds!.Value)
            violation = new([first, next], $"'{rule.B}' came {Seconds(elapsed)} after '{rule.A}' (limit {Seconds(rule.Seconds.Value)})");
        return true;
    }

    private int Find(int activity, int from, int to)
    {
        for (var e = from; e < to; e++)
        {
            if (_log.Activities[e] == activity)
                return e;
        }
        return -1;
    }

    private List<int> All(int activity, int from, int to)
    {
        var found = new List<int>();
        for (var e = from; e < to; e++)
        {
            if (_log.Activities[e] == activity)
                found.Add(e);
        }
        return found;
    }

    private string Name(int e) => _log.ActivityNames[_log.Activities[e]];

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    private static string Times(int n, string what) => n == 1 ? what : $"{n} × {what}";

    private static string Seconds(double s) => s.ToString("#,0.###", CultureInfo.InvariantCulture) + " s";
}
