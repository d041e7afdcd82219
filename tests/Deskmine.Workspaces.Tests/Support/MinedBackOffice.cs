namespace Deskmine.Workspaces.Tests.Support;

/// <summary>One mined simulated back office (<see cref="ViolatingWorkspace"/>) shared by the analysis-stage test classes.</summary>
[CollectionDefinition(Name)]
public sealed class MinedBackOffice : ICollectionFixture<ViolatingWorkspace>
{
    public const string Name = "mined back office";
}
