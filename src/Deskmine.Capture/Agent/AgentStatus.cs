using System.Text.Json.Serialization;

namespace Deskmine.Capture.Agent;

/// <summary>What a running agent reports about itself (<c>deskmine agent status</c>).</summary>
public sealed record AgentStatus
{
    /// <summary>Whether the agent is running.</summary>
    public bool Running { get; init; }

    /// <summary>Whether recording is paused.</summary>
    public bool Paused { get; init; }

    /// <summary>Process id of the agent.</summary>
    public int Pid { get; init; }

    /// <summary>Spool session of this run.</summary>
    public string Session { get; init; } = "";

    /// <summary>Start time, ISO 8601 UTC.</summary>
    public string Started { get; init; } = "";

    /// <summary>Time of this report, ISO 8601 UTC.</summary>
    public string Updated { get; init; } = "";

    /// <summary>Sources running (<c>x11</c>, <c>browser</c>).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Port of the browser bridge on 127.0.0.1, 0 when off.</summary>
    public int BridgePort { get; init; }

    /// <summary>Events the sources produced.</summary>
    public long Received { get; init; }

    /// <summary>Events stored in the spool.</summary>
    public long Stored { get; init; }

    /// <summary>Events dropped by the privacy filter.</summary>
    public long Filtered { get; init; }

    /// <summary>Events discarded while paused.</summary>
    public long DiscardedWhilePaused { get; init; }

    /// <summary>Events lost to errors.</summary>
    public long Failed { get; init; }
}

/// <summary>Source-generated JSON for <see cref="AgentStatus"/> (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(AgentStatus))]
internal sealed partial class AgentStatusJson : JsonSerializerContext;
