using Deskmine.Mining.Recognition;

namespace Deskmine.Workspaces.Recognition;

/// <summary>What a <see cref="RecognitionRun"/> does.</summary>
public sealed record RecognitionRequest
{
    /// <summary>The default request: default settings, the workspace's kept labelling rules.</summary>
    public static RecognitionRequest Default { get; } = new();

    /// <summary>JSON file of labelling rules that replaces the kept ones; <c>null</c> applies the kept rules.</summary>
    public string? RulesFile { get; init; }

    /// <summary>
    /// Labelling rules that replace the kept ones and are kept (what <c>deskmine tasks rename|merge|split</c> builds);
    /// <c>null</c> leaves the choice to <see cref="RulesFile"/>. Giving both is a programming error.
    /// </summary>
    public IReadOnlyList<TaskTypeRule>? Rules { get; init; }

    /// <summary>Recognition settings.</summary>
    public RecognitionOptions Options { get; init; } = RecognitionOptions.Default;
}
