using Deskmine.Simulation.Recording;

namespace Deskmine.Simulation.Workforce;

/// <summary>Creates the teams and people of a run from its options; pure function of the options.</summary>
internal static class WorkforceBuilder
{
    private static readonly string[] TeamNames =
    [
        "Accounts Payable", "Customer Service", "Finance Ops", "Shared Services", "Procurement", "Treasury",
        "Billing", "Credit Control", "Sales Support", "Payroll", "Order Management", "Collections",
    ];

    // Weights in TaskTypes.All order: invoice, onboarding, expense, ticket, vendor update.
    private static readonly double[][] StyleWeights =
    [
        [0.55, 0.02, 0.13, 0.15, 0.15],
        [0.08, 0.45, 0.05, 0.42, 0.00],
        [0.30, 0.10, 0.40, 0.12, 0.08],
    ];

    public static IReadOnlyList<Person> Build(SimulationOptions options)
    {
        var people = new List<Person>(options.Teams * options.PeoplePerTeam);
        var enabled = options.EffectiveTaskTypes;
        var width = options.Teams * options.PeoplePerTeam >= 100 ? 4 : 2;
        var emails = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < options.Teams; t++)
        {
            var style = (TeamStyle)(t % 3);
            var weights = TeamWeights(t, enabled);
            for (var p = 0; p < options.PeoplePerTeam; p++)
            {
                var index = people.Count;
                var rng = new SimRandom(SimRandom.Derive((ulong)options.Seed, 0xC0FFEE, (ulong)index));
                var number = (index + 1).ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture);
                var first = rng.Pick(Catalog.FirstNames);
                var last = rng.Pick(Catalog.LastNames);
                var email = $"{first}.{last}@acme.com".ToLowerInvariant();
                if (!emails.Add(email))
                {
                    // Two people with the same name get a numbered address, as mail systems do.
                    email = $"{first}.{last}{number}@acme.com".ToLowerInvariant();
                    emails.Add(email);
                }
                people.Add(new Person
                {
                    Index = index,
                    User = "u" + number,
                    Machine = "m" + number,
                    Team = TeamNames[t],
                    Style = style,
                    Email = email,
                    TaskWeights = weights,
                    Pace = Math.Clamp(rng.LogNormal(1.0, 0.22), 0.6, 1.7),
                    CharsPerSecond = 3.0 + (rng.NextDouble() * 4.0),
                    TabNavigation = rng.Chance(0.55),
                    KeyboardClipboard = rng.Chance(0.75),
                    TypoRate = 0.02 + (rng.NextDouble() * 0.08),
                    MailCheckRate = 0.15 + (rng.NextDouble() * 0.25),
                    LunchMinutes = rng.Next(30, 55),
                });
            }
        }
        return people;
    }

    private static double[] TeamWeights(int team, IReadOnlyList<string> enabled)
    {
        var baseWeights = StyleWeights[team % 3];
        // Teams beyond the first three rotate the mix so that they are not copies of the first ones.
        var shift = team / 3;
        var weights = new double[TaskTypes.All.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var w = baseWeights[(i + shift) % weights.Length];
            weights[i] = enabled.Contains(TaskTypes.All[i]) ? w : 0;
        }
        if (weights.Sum() <= 0)
        {
            for (var i = 0; i < weights.Length; i++)
                weights[i] = enabled.Contains(TaskTypes.All[i]) ? 1 : 0;
        }
        return weights;
    }
}
