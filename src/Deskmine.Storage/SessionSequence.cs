namespace Deskmine.Storage;

/// <summary>The sequence numbers stored for one session: counts and what is missing.</summary>
/// <param name="Session">The session id.</param>
/// <param name="Events">Events stored.</param>
/// <param name="DistinctSeqs">Distinct sequence numbers stored (less than <paramref name="Events"/> when numbers repeat).</param>
/// <param name="FirstSeq">Lowest sequence number stored.</param>
/// <param name="LastSeq">Highest sequence number stored.</param>
/// <param name="Missing">Missing inclusive ranges between 0 and <paramref name="LastSeq"/>, ascending.</param>
public sealed record SessionSequence(string Session, long Events, long DistinctSeqs, long FirstSeq, long LastSeq, IReadOnlyList<SeqRange> Missing)
{
    /// <summary>How many sequence numbers are missing in all.</summary>
    public long MissingCount => Missing.Sum(r => r.Count);

    /// <summary>Summarises (session, seq) pairs in any order.</summary>
    public static IReadOnlyList<SessionSequence> From(IEnumerable<(string Session, long Seq)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var bySession = new SortedDictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (session, seq) in pairs)
        {
            if (!bySession.TryGetValue(session, out var list))
                bySession[session] = list = [];
            list.Add(seq);
        }
        var result = new List<SessionSequence>(bySession.Count);
        foreach (var (session, seqs) in bySession)
        {
            seqs.Sort();
            var missing = new List<SeqRange>();
            long expected = 0, distinct = 0;
            foreach (var seq in seqs.Distinct())
            {
                if (seq > expected)
                    missing.Add(new SeqRange(expected, seq - 1));
                expected = seq + 1;
                distinct++;
            }
            result.Add(new SessionSequence(session, seqs.Count, distinct, seqs[0], seqs[^1], missing));
        }
        return result;
    }
}
