namespace Deskmine.Cli.Tests.Support;

/// <summary>One CLI-mined back office (<see cref="MinedCliWorkspace"/>) shared by the analysis-stage command tests.</summary>
[CollectionDefinition(Name)]
public sealed class MinedCliCollection : ICollectionFixture<MinedCliWorkspace>
{
    public const string Name = "CLI-mined back office";
}
