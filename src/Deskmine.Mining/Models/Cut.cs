namespace Deskmine.Mining.Models;

/// <summary>A partition of the activities with the operator that joins the parts (for a loop: the do part first).</summary>
internal sealed record Cut(ProcessTreeOperator Operator, IReadOnlyList<HashSet<int>> Parts);
