namespace Deskmine.Mining.Recognition;

internal static partial class Segmenter
{
    // A hand-over (f → e) needs this share of the objects first met at e to follow straight on an object first met at
    // f, and this share of the objects first met at f to go on to such a place.
    private const double HandOverArrivalShare = 0.8;
    private const double HandOverDepartureShare = 0.5;

    // Cuts a stream framed by business-object ids, with objects handed over mid-task kept in one instance. Some tasks
    // change their object part-way: a request is worked until a customer is created for it, an order until its
    // invoice exists. The stream then shows one id giving way to another at the same step of the work every time,
    // which is what a first cut at every new object reveals. Where an object is first met is described by the action's
    // feature (kind, application, screen and element, values dropped), because a title that names the customer gives
    // every customer a label of its own. A hand-over f → e: the objects first met at e nearly always come straight
    // after an object first met at another place f (the request), and most objects first met at f go on to e.
    // Two tasks in a row do not look like that — a task of the same kind meets its next object where it met the last
    // (f = e), and different kinds of work do not follow each other in a fixed order.
    //   first cut   [request 17: open, search │ customer 903: create, check, activate] [request 18 …
    //   hand-over   [request 17: open, search,  customer 903: create, check, activate] [request 18 …
    private static int ByObjectWithHandOvers(IReadOnlyList<RecognizedAction> actions, int[] seg, long maxIdle, RecognitionOptions options)
    {
        var resume = options.ResumeWindow.Ticks / 10;
        var learned = new HandOvers(null);
        var count = ByObject(actions, seg, maxIdle, resume, cutAtPause: true, starts: null, learned);
        var pairs = learned.Pairs(options.MinStartSupport);
        return pairs.Count == 0
            ? count
            : ByObject(actions, seg, maxIdle, resume, cutAtPause: true, starts: null, new HandOvers(pairs));
    }

    /// <summary>Learns (first cut) or applies (second cut) the places at which one object is handed over to the next.</summary>
    private sealed class HandOvers(HashSet<(string From, string To)>? apply)
    {
        private readonly Dictionary<(string From, string To), int> _follows = [];
        private readonly Dictionary<string, int> _entered = new(StringComparer.Ordinal);

        /// <summary>A new object is met at <paramref name="to"/> right after one first met at <paramref name="from"/>: is it handed over?</summary>
        public bool Next(string from, string to)
        {
            if (apply is not null)
                return apply.Contains((from, to));
            _follows[(from, to)] = _follows.GetValueOrDefault((from, to)) + 1;
            return false;
        }

        /// <summary>An instance meets its first object at an action described by <paramref name="feature"/>.</summary>
        public void Entered(string feature) => _entered[feature] = _entered.GetValueOrDefault(feature) + 1;

        // The new object may be met at more than one place (the customer's page, or its number in a check form first):
        // every place nearly always reached from f counts towards the objects met at f that go on.
        public HashSet<(string From, string To)> Pairs(int minSupport)
        {
            var reached = _follows.Where(p => !string.Equals(p.Key.From, p.Key.To, StringComparison.Ordinal) && p.Value >= 2
                    && p.Value >= HandOverArrivalShare * _entered.GetValueOrDefault(p.Key.To))
                .GroupBy(p => p.Key.From, StringComparer.Ordinal);
            var pairs = new HashSet<(string, string)>();
            foreach (var from in reached)
            {
                var n = from.Sum(p => p.Value);
                if (n >= minSupport && n >= HandOverDepartureShare * _entered.GetValueOrDefault(from.Key))
                    pairs.UnionWith(from.Select(p => p.Key));
            }
            return pairs;
        }
    }
}
