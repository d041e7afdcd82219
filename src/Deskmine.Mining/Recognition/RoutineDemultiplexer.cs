namespace Deskmine.Mining.Recognition;

/// <summary>
/// Tells which routine each action of a person's stream belongs to, when the stream mixes several (invoice entry
/// between form submissions, a task suspended for another). Routines are found as groups of labels that occur in
/// the same instances: two labels belong to one routine when the rarer of them appears, most of the time, in
/// instances that also hold the other (overlap of their instance sets), so a routine's rare variants stay with its
/// core steps while two routines share only their few common steps ("OK", "open file"). Label groups are formed by
/// average-linkage agglomeration that stops at <see cref="RecognitionOptions.MinTypeSeparation"/>; a group is a
/// routine when it dominates at least <see cref="RecognitionOptions.MinStartSupport"/> instances. Each action then
/// gets a routine by a Viterbi pass over the stream (a hidden-Markov reading: a routine emits its labels with the
/// frequencies seen in its instances and rarely hands over to another), so a shared step goes with the routine its
/// neighbours belong to.
/// </summary>
/// <remarks>
/// Instances come from a first segmentation of the undivided stream; the routine of each action is therefore only
/// as good as that segmentation is on most instances. A stream of one routine gives one label group and is left
/// as it is.
/// </remarks>
internal static class RoutineDemultiplexer
{
    /// <summary>Routine per action and where a new instance of the same routine starts, or <c>null</c> when the stream shows fewer than two routines.</summary>
    public static RoutineReading? RoutineOfActions(
        IReadOnlyList<RecognizedAction> actions, int[] segmentOfAction, int segmentCount, int labelCount, RecognitionOptions options)
    {
        var n = actions.Count;
        if (n == 0 || segmentCount < 2 * options.MinStartSupport)
            return null;
        var labelsOfSegment = new HashSet<int>[segmentCount];
        for (var i = 0; i < n; i++)
            (labelsOfSegment[segmentOfAction[i]] ??= []).Add(actions[i].Label);
        var support = new int[labelCount];
        foreach (var set in labelsOfSegment)
            if (set is not null)
                foreach (var l in set)
                    support[l]++;
        var group = LabelGroups(labelsOfSegment, support, labelCount, options);

        // The routine of an instance is the label group most of its actions belong to: counted first, then with every
        // action weighed by how typical its label is of its group (see Typicality), so that a step several routines
        // share, grouped with one of them, does not pull an instance of another routine over to it.
        var bySegment = Enumerable.Range(0, n).GroupBy(i => segmentOfAction[i]).ToList();
        var counted = GroupOfSegments(actions, bySegment, group, null, segmentCount);
        var groupOfSegment = GroupOfSegments(actions, bySegment, group, Typicality(labelsOfSegment, counted, group, labelCount), segmentCount);
        var dominated = groupOfSegment.Where(x => x >= 0).GroupBy(x => x).Where(x => x.Count() >= options.MinStartSupport)
            .Select(x => x.Key).Order().ToArray();
        if (dominated.Length < 2)
            return null;
        var routineOfGroup = dominated.Select((gr, r) => (gr, r)).ToDictionary(p => p.gr, p => p.r);

        var model = RoutineModel.Learn(actions, segmentOfAction, s => routineOfGroup.GetValueOrDefault(groupOfSegment[s], -1), dominated.Length, labelCount, options.MinStartSupport);
        // A hand-over between routines is about as frequent as a boundary between instances of the first cut.
        var pSwitch = Math.Clamp((double)segmentCount / n, 1e-6, 0.5);
        var (routine, restart, _) = model.Decode(actions, pSwitch);
        return routine.Distinct().Count() < 2 ? null : new RoutineReading(routine, restart, model);
    }

    private static int[] GroupOfSegments(
        IReadOnlyList<RecognizedAction> actions, List<IGrouping<int, int>> bySegment, int[] group, double[]? weight, int segmentCount)
    {
        var groupOfSegment = new int[segmentCount];
        Array.Fill(groupOfSegment, -1);
        var votes = new Dictionary<int, double>();
        foreach (var g in bySegment)
        {
            votes.Clear();
            foreach (var i in g)
            {
                var l = actions[i].Label;
                if (group[l] >= 0)
                    votes[group[l]] = votes.GetValueOrDefault(group[l]) + (weight?[l] ?? 1);
            }
            if (votes.Count > 0)
                groupOfSegment[g.Key] = votes.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
        }
        return groupOfSegment;
    }

    // How typical a label is of its group: the share of the instances holding it that the counted vote gave to that
    // group. A routine's own steps score near 1; a confirmation button that three routines press scores about a third.
    private static double[] Typicality(HashSet<int>[] labelsOfSegment, int[] groupOfSegment, int[] group, int labelCount)
    {
        var holding = new int[labelCount];
        var agree = new int[labelCount];
        for (var s = 0; s < labelsOfSegment.Length; s++)
        {
            if (labelsOfSegment[s] is not { } set || groupOfSegment[s] < 0)
                continue;
            foreach (var l in set)
            {
                if (group[l] < 0)
                    continue;
                holding[l]++;
                if (groupOfSegment[s] == group[l])
                    agree[l]++;
            }
        }
        var weight = new double[labelCount];
        for (var l = 0; l < labelCount; l++)
            weight[l] = holding[l] == 0 ? 0 : (double)agree[l] / holding[l];
        return weight;
    }

    // Labels seen in at least MinStartSupport instances are grouped; rarer labels belong to no group and follow their
    // neighbours in the Viterbi pass.
    private static int[] LabelGroups(HashSet<int>[] labelsOfSegment, int[] support, int labelCount, RecognitionOptions options)
    {
        var candidates = Enumerable.Range(0, labelCount).Where(l => support[l] >= options.MinStartSupport)
            .OrderByDescending(l => support[l]).ThenBy(l => l).Take(options.MaxClusteredSignatures).ToArray();
        var index = new int[labelCount];
        Array.Fill(index, -1);
        for (var c = 0; c < candidates.Length; c++)
            index[candidates[c]] = c;
        var m = candidates.Length;
        var together = new int[m, m];
        var members = new List<int>();
        foreach (var set in labelsOfSegment)
        {
            if (set is null)
                continue;
            members.Clear();
            foreach (var l in set)
                if (index[l] >= 0)
                    members.Add(index[l]);
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++)
                {
                    together[members[a], members[b]]++;
                    together[members[b], members[a]]++;
                }
        }
        var dist = new double[m, m];
        for (var a = 0; a < m; a++)
            for (var b = 0; b < m; b++)
                dist[a, b] = a == b ? 0 : 1.0 - ((double)together[a, b] / Math.Min(support[candidates[a]], support[candidates[b]]));
        var clusterOf = AverageLinkage(dist, m, options.MinTypeSeparation);
        var group = new int[labelCount];
        Array.Fill(group, -1);
        for (var c = 0; c < m; c++)
            group[candidates[c]] = clusterOf[c];
        return group;
    }

    // Unweighted average linkage (Lance–Williams update) until the closest clusters are at least `stop` apart.
    private static int[] AverageLinkage(double[,] dist, int m, double stop)
    {
        var size = Enumerable.Repeat(1, m).ToArray();
        var alive = Enumerable.Repeat(true, m).ToArray();
        var parent = Enumerable.Range(0, m).ToArray();
        var d = (double[,])dist.Clone();
        while (true)
        {
            var best = double.MaxValue;
            int ba = -1, bb = -1;
            for (var a = 0; a < m; a++)
            {
                if (!alive[a])
                    continue;
                for (var b = a + 1; b < m; b++)
                    if (alive[b] && d[a, b] < best)
                        (best, ba, bb) = (d[a, b], a, b);
            }
            if (ba < 0 || best >= stop)
                break;
            for (var k = 0; k < m; k++)
            {
                if (!alive[k] || k == ba || k == bb)
                    continue;
                d[ba, k] = d[k, ba] = ((size[ba] * d[ba, k]) + (size[bb] * d[bb, k])) / (size[ba] + size[bb]);
            }
            size[ba] += size[bb];
            alive[bb] = false;
            parent[bb] = ba;
        }
        var root = new int[m];
        for (var a = 0; a < m; a++)
        {
            var x = a;
            while (parent[x] != x)
                x = parent[x];
            root[a] = x;
        }
        return root;
    }
}
