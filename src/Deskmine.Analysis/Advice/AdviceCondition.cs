namespace Deskmine.Analysis.Advice;

/// <summary>One condition of an advice rule: a feature (see <see cref="Candidates.Features"/>) compared with a threshold.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="AtLeast"><c>true</c>: the feature must be ≥ <paramref name="Threshold"/>; <c>false</c>: ≤.</param>
/// <param name="Threshold">The threshold (features are 0–1).</param>
public sealed record AdviceCondition(string Feature, bool AtLeast, double Threshold)
{
    /// <summary>Whether <paramref name="value"/> satisfies the condition.</summary>
    public bool Holds(double value) => AtLeast ? value >= Threshold : value <= Threshold;

    /// <summary>The operator as written in the assumptions file: <c>&gt;=</c> or <c>&lt;=</c>.</summary>
    public string Operator => AtLeast ? ">=" : "<=";
}
