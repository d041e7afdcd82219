namespace Deskmine.Mining.Benchmarks;

/// <summary>What <see cref="ProcessMapBenchmark.Run"/> measured.</summary>
/// <param name="Events">Events in the log.</param>
/// <param name="Cases">Cases in the log.</param>
/// <param name="Activities">Distinct activities.</param>
/// <param name="Edges">Directly-follows edges found.</param>
/// <param name="Variants">Distinct variants found.</param>
/// <param name="FullMap">Fastest full discovery: frequency and performance DFG, medians, variants.</param>
/// <param name="FrequencyOnly">Fastest discovery of counts and the frequency DFG only.</param>
/// <param name="Threads">Degree of parallelism used.</param>
public sealed record ProcessMapBenchmarkResult(long Events, int Cases, int Activities, int Edges, int Variants, TimeSpan FullMap, TimeSpan FrequencyOnly, int Threads);
