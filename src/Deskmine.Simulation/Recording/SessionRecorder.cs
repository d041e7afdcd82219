using Deskmine.Core.Events;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Recording;

/// <summary>
/// Records one user-day (one agent session) the way the capture agent would: gap-free sequence numbers,
/// strictly increasing timestamps, the foreground window tracked so that a change yields an
/// <see cref="EventKinds.AppSwitch"/>, and each event paired with the current ground truth.
/// </summary>
/// <remarks>
/// Processes drive it through the action methods in <c>SessionRecorder.Actions.cs</c>; time advances by a
/// person-specific, log-normally distributed think time before every action.
/// </remarks>
internal sealed partial class SessionRecorder
{
    private const long MicrosPerSecond = 1_000_000;

    // Calibrates the per-action medians in the processes to observed back-office pace (a few thousand
    // recorded actions per person-day, an invoice in 5–10 minutes).
    private const double ThinkScale = 1.6;

    private readonly List<SimulatedEvent> _events = new(4096);
    private readonly Dictionary<string, string> _violations = new(StringComparer.Ordinal);
    private readonly ValueHasher _hasher = new();
    private readonly bool _captureText;
    private readonly double _noiseRate;
    private string _session = "";
    private long _seq;
    private long _lastTs;
    private bool _inNoise;
    private bool _lastWasField;

    public SessionRecorder(SimulationOptions options)
    {
        _captureText = options.CaptureText;
        _noiseRate = options.NoiseRate;
        Person = null!;
        Random = null!;
    }

    public Person Person { get; private set; }

    public SimRandom Random { get; private set; }

    /// <summary>Current simulated time, microseconds since the Unix epoch.</summary>
    public long Now { get; private set; }

    public string? App { get; private set; }

    public string? Window { get; private set; }

    public string? Url { get; private set; }

    public string TaskType { get; private set; } = "";

    public string TaskInstance { get; private set; } = "";

    /// <summary>Step name given to the next events.</summary>
    public string Step { get; set; } = "";

    public IReadOnlyList<SimulatedEvent> Events => _events;

    /// <summary>Starts a new session for <paramref name="person"/> at <paramref name="startMicros"/>.</summary>
    public void BeginSession(Person person, string session, SimRandom random, long startMicros)
    {
        Person = person;
        Random = random;
        _session = session;
        _seq = 0;
        _events.Clear();
        _violations.Clear();
        Now = startMicros;
        _lastTs = startMicros - 1;
        App = Window = Url = null;
        ClearTask("");
    }

    /// <summary>The following events belong to a task instance.</summary>
    public void SetTask(string type, string instance)
    {
        TaskType = type;
        TaskInstance = instance;
    }

    /// <summary>The current task instance breaks its procedure with <paramref name="violation"/> (one of
    /// <see cref="Violations"/>); its events from here on carry it.</summary>
    public void MarkViolation(string violation) => _violations[TaskInstance] = violation;

    /// <summary>The following events belong to no task (noise, interruption, break); the step says what they are.</summary>
    public void ClearTask(string step)
    {
        TaskType = "";
        TaskInstance = "";
        Step = step;
    }

    /// <summary>Advances time by a think time with median <paramref name="medianSeconds"/> at this person's pace.</summary>
    public void Think(double medianSeconds) =>
        Now += (long)(Random.LogNormal(medianSeconds * Person.Pace * ThinkScale, 0.45) * MicrosPerSecond);

    /// <summary>Advances time by exactly <paramref name="seconds"/>.</summary>
    public void Wait(double seconds) => Now += (long)(seconds * MicrosPerSecond);

    private void Emit(
        string kind,
        string? role = null,
        string? name = null,
        string? content = null,
        IReadOnlyDictionary<string, string>? attrs = null,
        long? duration = null,
        bool positioned = false,
        string? targetId = null)
    {
        var ts = Now > _lastTs ? Now : _lastTs + 1000;
        Now = ts;
        _lastTs = ts;
        var id = UuidV7.Create(ts, Random);
        int? x = null, y = null;
        if (positioned)
            (x, y) = Position(name);
        var ev = new UiEvent
        {
            Id = id,
            Session = _session,
            Seq = _seq++,
            Ts = ts,
            Duration = duration,
            User = Person.User,
            Machine = Person.Machine,
            Team = Person.Team,
            Source = "sim",
            Kind = kind,
            App = App,
            Window = Window,
            Url = Url,
            TargetRole = role,
            TargetName = name,
            TargetId = targetId,
            X = x,
            Y = y,
            Value = _captureText ? content : null,
            ValueHash = content is null ? null : _hasher.Hash(content),
            Attrs = attrs,
        };
        _events.Add(new SimulatedEvent(ev, new TruthRecord(id, TaskType, TaskInstance, Step),
            TaskInstance.Length > 0 ? _violations.GetValueOrDefault(TaskInstance) : null));
        if (!_inNoise && TaskType.Length > 0 && _noiseRate > 0 && Random.Chance(_noiseRate))
            Noise();
    }

    /// <summary>A stable screen position per window and control, jittered by a few pixels like a real hand.</summary>
    private (int X, int Y) Position(string? name)
    {
        var h = Fnv(App, Fnv(name, 2166136261u));
        var x = 40 + (int)(h % 1840) + Random.Next(-4, 5);
        var y = 60 + (int)((h >> 11) % 960) + Random.Next(-3, 4);
        return (x, y);
    }

    private static uint Fnv(string? text, uint hash)
    {
        if (text is null)
            return hash;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>A stray action outside the task, then back to the task window (the return belongs to the task).</summary>
    private void Noise()
    {
        _inNoise = true;
        var (type, instance, step) = (TaskType, TaskInstance, Step);
        var (app, window, url) = (App, Window, Url);
        ClearTask("noise");
        Think(1.5);
        switch (Random.Next(4))
        {
            case 0:
                Focus(Apps.Explorer, "Program Manager");
                Click("push button", "Start");
                Think(1.0);
                Key("Escape");
                break;
            case 1:
                Focus(Apps.Teams, "Activity | Microsoft Teams");
                Scroll();
                break;
            case 2:
                Focus(Apps.Chrome, "Intranet News – Google Chrome", "https://intranet.example.com/news");
                Scroll();
                break;
            default:
                Focus(Apps.Explorer, "Downloads - File Explorer");
                Click("list item", "Downloads", kind: EventKinds.Click);
                break;
        }
        SetTask(type, instance);
        Step = step;
        if (app is not null)
            Focus(app, window ?? "", url);
        _inNoise = false;
    }
}
