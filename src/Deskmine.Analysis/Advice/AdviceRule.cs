namespace Deskmine.Analysis.Advice;

/// <summary>
/// One advice rule: when every condition holds, the candidate gets <see cref="Technology"/> with
/// <see cref="Reason"/>, in which <c>{feature}</c> is replaced by the feature's value as a percentage.
/// Rules are tried in order; the first that matches wins. A rule without conditions always matches.
/// </summary>
/// <param name="Technology">One of <see cref="Technologies.All"/>.</param>
/// <param name="When">Conditions that must all hold.</param>
/// <param name="Reason">Reason template, e.g. <c>values move between applications in {data_transfer} of events</c>.</param>
public sealed record AdviceRule(string Technology, IReadOnlyList<AdviceCondition> When, string Reason);
