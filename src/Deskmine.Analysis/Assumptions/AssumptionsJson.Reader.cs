using System.Text.Json;
using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Savings;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Assumptions;

public static partial class AssumptionsJson
{
    /// <summary>Typed reads from a <see cref="JsonTree"/> that fail with the line and key.</summary>
    private sealed class Reader(string source)
    {
        // Validation reports the C# setting name; this maps it back to the key and line it was read from.
        private readonly Dictionary<string, (int Line, string Key)> _lines = new(StringComparer.Ordinal);

        public void Seen(string key, int line) => _lines[Pascal(key)] = (line, key);

        public (int Line, string Key)? LineOf(string setting) => _lines.TryGetValue(setting, out var x) ? x : null;

        public InputException Unknown(string key, int line, IEnumerable<string> known) =>
            new(source, line, key, $"unknown key '{key}'; expected one of: {string.Join(", ", known)}");

        public void Expect(JsonTree value, JsonTokenType kind, string key)
        {
            if (value.Kind != kind)
            {
                var want = kind switch
                {
                    JsonTokenType.StartObject => "an object",
                    JsonTokenType.StartArray => "an array",
                    JsonTokenType.String => "a string",
                    _ => "a number",
                };
                throw new InputException(source, value.Line, key, $"expected {want}, got {value.KindName}");
            }
        }

        public double Number(JsonTree value, string key)
        {
            Expect(value, JsonTokenType.Number, key);
            return value.Number;
        }

        public int Integer(JsonTree value, string key)
        {
            var n = Number(value, key);
            if (n != Math.Floor(n) || n < int.MinValue || n > int.MaxValue)
                throw new InputException(source, value.Line, key, $"expected a whole number, got {n}");
            return (int)n;
        }

        public string String(JsonTree value, string key)
        {
            Expect(value, JsonTokenType.String, key);
            return value.Text!;
        }

        public IReadOnlyDictionary<string, TechnologyCost> Technologies(JsonTree value, IReadOnlyDictionary<string, TechnologyCost> defaults)
        {
            Expect(value, JsonTokenType.StartObject, "technologies");
            var result = new Dictionary<string, TechnologyCost>(defaults, StringComparer.Ordinal);
            foreach (var (name, line, entry) in value.Properties)
            {
                if (!result.TryGetValue(name, out var cost))
                    throw Unknown(name, line, Advice.Technologies.All);
                Expect(entry, JsonTokenType.StartObject, name);
                foreach (var (key, keyLine, v) in entry.Properties)
                {
                    cost = key switch
                    {
                        "automatable_share" => cost with { AutomatableShare = Share(v, key) },
                        "implementation_cost" => cost with { ImplementationCost = NonNegative(v, key) },
                        "yearly_upkeep" => cost with { YearlyUpkeep = NonNegative(v, key) },
                        _ => throw Unknown(key, keyLine, TechnologyKeys),
                    };
                }
                result[name] = cost;
            }
            return result;
        }

        public CandidateOptions Scoring(JsonTree value, CandidateOptions o)
        {
            Expect(value, JsonTokenType.StartObject, "scoring");
            foreach (var (key, line, v) in value.Properties)
            {
                Seen(key, line);
                o = key switch
                {
                    "weights" => o with { Weights = Weights(v, o.Weights) },
                    "frequency_half" => o with { FrequencyHalf = Number(v, key) },
                    "hours_half" => o with { HoursHalf = Number(v, key) },
                    "people_half" => o with { PeopleHalf = Number(v, key) },
                    "transfer_share_half" => o with { TransferShareHalf = Number(v, key) },
                    "rare_variant_share" => o with { RareVariantShare = Number(v, key) },
                    "stable_element_share" => o with { StableElementShare = Number(v, key) },
                    "min_routine_length" => o with { MinRoutineLength = Integer(v, key) },
                    "max_routine_length" => o with { MaxRoutineLength = Integer(v, key) },
                    "min_routine_instances" => o with { MinRoutineInstances = Integer(v, key) },
                    "max_routines" => o with { MaxRoutines = Integer(v, key) },
                    "max_routine_overlap" => o with { MaxRoutineOverlap = Number(v, key) },
                    "unstructured_inputs" => o with { UnstructuredInputs = Patterns(v) },
                    _ => throw Unknown(key, line, ScoringKeys),
                };
            }
            return o;
        }

        private Dictionary<string, double> Weights(JsonTree value, IReadOnlyDictionary<string, double> defaults)
        {
            Expect(value, JsonTokenType.StartObject, "weights");
            var result = new Dictionary<string, double>(defaults, StringComparer.Ordinal);
            foreach (var (name, line, w) in value.Properties)
            {
                if (!Features.All.Contains(name))
                    throw Unknown(name, line, Features.All);
                result[name] = Number(w, name);
            }
            return result;
        }

        private List<InputPattern> Patterns(JsonTree value)
        {
            Expect(value, JsonTokenType.StartArray, "unstructured_inputs");
            var result = new List<InputPattern>();
            foreach (var item in value.Items)
            {
                Expect(item, JsonTokenType.StartObject, "unstructured_inputs");
                string? field = null, contains = null;
                foreach (var (key, line, v) in item.Properties)
                {
                    if (key == "field")
                        field = String(v, key);
                    else if (key == "contains")
                        contains = String(v, key);
                    else
                        throw Unknown(key, line, ["field", "contains"]);
                }
                if (field is null || !InputPattern.Fields.Contains(field))
                    throw new InputException(source, item.Line, "field", $"expected 'field' as one of: {string.Join(", ", InputPattern.Fields)}");
                if (string.IsNullOrEmpty(contains))
                    throw new InputException(source, item.Line, "contains", "expected a non-empty 'contains' text");
                result.Add(new InputPattern(field, contains));
            }
            return result;
        }

        public List<AdviceRule> Rules(JsonTree value)
        {
            Expect(value, JsonTokenType.StartArray, "advice");
            var rules = new List<AdviceRule>();
            foreach (var item in value.Items)
            {
                Expect(item, JsonTokenType.StartObject, "advice");
                string? technology = null, reason = null;
                var when = new List<AdviceCondition>();
                foreach (var (key, line, v) in item.Properties)
                {
                    switch (key)
                    {
                        case "technology":
                            technology = String(v, key);
                            if (!Advice.Technologies.All.Contains(technology))
                                throw new InputException(source, v.Line, key, $"unknown technology '{technology}'; expected one of: {string.Join(", ", Advice.Technologies.All)}");
                            break;
                        case "reason":
                            reason = String(v, key);
                            break;
                        case "when":
                            Expect(v, JsonTokenType.StartArray, key);
                            when.AddRange(v.Items.Select(Condition));
                            break;
                        default:
                            throw Unknown(key, line, ["technology", "when", "reason"]);
                    }
                }
                if (technology is null || reason is null)
                    throw new InputException(source, item.Line, technology is null ? "technology" : "reason", "expected an advice rule with 'technology', 'when' and 'reason'");
                rules.Add(new AdviceRule(technology, when, reason));
            }
            return rules;
        }

        private AdviceCondition Condition(JsonTree item)
        {
            Expect(item, JsonTokenType.StartObject, "when");
            string? feature = null, op = null;
            double? threshold = null;
            foreach (var (key, line, v) in item.Properties)
            {
                switch (key)
                {
                    case "feature":
                        feature = String(v, key);
                        if (!Features.All.Contains(feature))
                            throw new InputException(source, v.Line, key, $"unknown feature '{feature}'; expected one of: {string.Join(", ", Features.All)}");
                        break;
                    case "op":
                        op = String(v, key);
                        if (op is not (">=" or "<="))
                            throw new InputException(source, v.Line, key, $"expected '>=' or '<=', got '{op}'");
                        break;
                    case "value":
                        threshold = Number(v, key);
                        break;
                    default:
                        throw Unknown(key, line, ["feature", "op", "value"]);
                }
            }
            if (feature is null || op is null || threshold is null)
                throw new InputException(source, item.Line, "when", "expected a condition with 'feature', 'op' and 'value'");
            return new AdviceCondition(feature, op == ">=", threshold.Value);
        }

        private double Share(JsonTree v, string key)
        {
            var n = Number(v, key);
            return n is >= 0 and <= 1 ? n : throw new InputException(source, v.Line, key, $"expected a share between 0 and 1, got {n}");
        }

        private double NonNegative(JsonTree v, string key)
        {
            var n = Number(v, key);
            return n >= 0 ? n : throw new InputException(source, v.Line, key, $"expected 0 or more, got {n}");
        }

        private static string Pascal(string key) =>
            string.Concat(key.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
