namespace Deskmine.Mining.Recognition;

internal static partial class Segmenter
{
    // A stream that mixes routines is demultiplexed: the actions of each routine, taken in order, form a stream of
    // one routine, which is cut into instances as a single-routine stream would be. An instance suspended for
    // another routine's work and resumed later is then one instance whose actions are not contiguous in the
    // person's stream (see RecognitionResult.Suspensions).
    //
    //   stream   A1 A2 B1 B2 B3 A3 A4 C1 C2 …
    //   routine  a  a  b  b  b  a  a  c  c
    //   a-stream A1 A2 A3 A4            → one instance, suspended after A2, resumed at A3
    private static (IReadOnlyList<RecognizedAction> Keyed, int Count) SegmentPerRoutine(
        IReadOnlyList<RecognizedAction> actions, RoutineReading reading, int labelCount, RecognitionOptions options, int[] seg)
    {
        var keyed = new RecognizedAction[actions.Count];
        var count = 0;
        foreach (var group in Enumerable.Range(0, actions.Count).GroupBy(i => reading.Routine[i]).OrderBy(g => g.Key))
        {
            var positions = group.ToArray();
            var sub = positions.Select(i => actions[i]).ToArray();
            var subSeg = new int[sub.Length];
            var (subKeyed, _, _) = SegmentOneStream(sub, labelCount, options, subSeg, PieceStarts(actions, reading, positions, labelCount, options));
            // Where the routine model saw the next instance of the routine begin, the instance is cut too.
            var pieces = new Dictionary<(int Segment, int Piece), int>();
            var piece = new Dictionary<int, int>();
            for (var k = 0; k < positions.Length; k++)
            {
                if (k > 0 && (reading.Restart[positions[k]]) && subSeg[k] == subSeg[k - 1])
                    piece[subSeg[k]] = piece.GetValueOrDefault(subSeg[k]) + 1;
                var id = (subSeg[k], piece.GetValueOrDefault(subSeg[k]));
                if (!pieces.TryGetValue(id, out var global))
                    pieces[id] = global = count + pieces.Count;
                seg[positions[k]] = global;
                keyed[positions[k]] = subKeyed[k];
            }
            count += pieces.Count;
        }
        return (keyed, count);
    }

    // Per label of one routine: the share of its occurrences at which the reading saw a piece of the routine begin
    // (after another routine's action, or where it restarts the routine); -1 for labels seen fewer than
    // MinStartSupport times in the routine.
    private static double[] PieceStarts(
        IReadOnlyList<RecognizedAction> actions, RoutineReading reading, int[] positions, int labelCount, RecognitionOptions options)
    {
        var seen = new int[labelCount];
        var begins = new int[labelCount];
        foreach (var i in positions)
        {
            var l = actions[i].Label;
            seen[l]++;
            if (i == 0 || reading.Routine[i - 1] != reading.Routine[i] || reading.Restart[i])
                begins[l]++;
        }
        var result = new double[labelCount];
        for (var l = 0; l < labelCount; l++)
            result[l] = seen[l] < options.MinStartSupport ? -1 : (double)begins[l] / seen[l];
        return result;
    }
}
