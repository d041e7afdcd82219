namespace Deskmine.Mining.Recognition;

internal static partial class Segmenter
{
    // A task suspended for another and resumed right after it ends: the resumed piece follows the interrupting
    // instance's end step. The routine reading often leaves a short resumed piece with the instance before it (one
    // hand-over costs more than a few unlikely steps), in particular when it begins with a step both routines share,
    // and the actions of one routine cannot tell a suspension by another instance of the same routine from a
    // restart. The routine model knows which steps end each routine's instances, so the piece is found where work
    // goes on after an end: it is given back to the instance that was interrupted, provided that instance had not
    // reached an end of its own and its routine goes on with the piece's first step more readily than the ended
    // routine does.
    //
    //   stream    A1 A2 B1 B2 Bend A3 A4 C1 …        (Bend: a step that ends the b-routine's instances)
    //   before    [A1 A2] [B1 B2 Bend A3 A4] [C1 …
    //   after     [A1 A2 · · · · · A3 A4] [B1 B2 Bend] [C1 …   → A suspended after A2, resumed at A3
    //
    // A piece that the segmentation already cut off as an instance of its own is given back the same way, unless its
    // first step is one at which its routine's instances begin (a new instance, not a resumption).
    private static void RejoinResumedPieces(
        IReadOnlyList<RecognizedAction> actions, RoutineReading reading, int[] seg, int count, long resume, long maxIdle)
    {
        var n = actions.Count;
        var positions = new List<int>[count];
        for (var i = 0; i < n; i++)
            (positions[seg[i]] ??= []).Add(i);
        // Actions before i are settled when i is looked at (a rejoin moves only actions from i on), so the run of
        // the previous action's segment that ends at i - 1 begins at runStart.
        var runStart = 0;
        for (var i = 1; i < n; i++)
        {
            TryClose(i, i - 1);
            TryRejoin(i, i - 1);
            if (seg[i] != seg[i - 1])
                runStart = i;
        }

        // The interrupting instance's closing step, when the resumed routine closes with the same step (a shared OK
        // button), may be read as the first step of the resumed piece: it goes back to the interrupting instance
        // where that instance has not ended yet and its routine takes the step after its last one more readily. A pause
        // over MaxIdle still cuts.
        void TryClose(int i, int p)
        {
            var model = reading.Model;
            var (interrupter, resumed) = (seg[p], seg[i]);
            var (rp, ri) = (reading.Routine[p], reading.Routine[i]);
            if (interrupter == resumed || positions[resumed][0] == i || actions[i].Ts - actions[p].Ts > maxIdle
                || !model.Ends(rp, actions[i].Label) || model.Ends(rp, actions[p].Label))
                return;
            var before = positions[resumed][positions[resumed].BinarySearch(i) - 1];
            if (model.GoOn(rp, actions[p].Label, actions[i].Label) <= model.GoOn(ri, actions[before].Label, actions[i].Label))
                return;
            seg[i] = interrupter;
            positions[resumed].Remove(i);
            positions[interrupter].Add(i);
        }

        void TryRejoin(int i, int p)
        {
            var model = reading.Model;
            var (interrupter, rp) = (seg[p], reading.Routine[p]);
            if (!model.Ends(rp, actions[p].Label) || runStart == 0)
                return;
            var left = runStart - 1;
            var suspended = seg[left];
            var rs = reading.Routine[left];
            if (suspended == interrupter || model.Ends(rs, actions[left].Label) || actions[i].Ts - actions[left].Ts > resume)
                return;
            var piece = seg[i];
            if (piece == suspended)
                return;
            var ri = reading.Routine[i];
            if (piece != interrupter && (positions[piece][0] != i || model.Starts(ri, actions[i].Label)))
                return;
            // The suspended routine must take the piece's first step after its last one more readily than the
            // interrupting routine takes it after its end.
            if (model.GoOn(rs, actions[left].Label, actions[i].Label) <= model.GoOn(rp, actions[p].Label, actions[i].Label))
                return;
            var moved = positions[piece].Where(k => k >= i).ToList();
            foreach (var k in moved)
                seg[k] = suspended;
            positions[piece].RemoveAll(k => k >= i);
            positions[suspended].AddRange(moved);
            positions[suspended].Sort();
        }
    }
}
