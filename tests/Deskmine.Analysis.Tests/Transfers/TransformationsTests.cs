using Deskmine.Analysis.Transfers;

namespace Deskmine.Analysis.Tests.Transfers;

public sealed class TransformationsTests
{
    [Theory]
    [InlineData("4711", "4711", null)]
    [InlineData("  4711 ", "4711", "whitespace trimmed")]
    [InlineData("Acme  GmbH", "Acme GmbH", "whitespace trimmed")]
    [InlineData("acme gmbh", "ACME GMBH", "case changed (upper)")]
    [InlineData("ACME GMBH", "acme gmbh", "case changed (lower)")]
    [InlineData("ACME GMBH", "Acme Gmbh", "case changed (title)")]
    [InlineData("04.03.2024", "2024-03-04", "date reformatted (dd.MM.yyyy → yyyy-MM-dd)")]
    [InlineData("2024-03-04", "4 Mar 2024", "date reformatted (yyyy-MM-dd → d MMM yyyy)")]
    [InlineData("John Doe", "John", "split on space (part 1 of 2)")]
    [InlineData("John Doe", "Doe", "split on space (part 2 of 2)")]
    [InlineData("+61 039 689 9324", "039 689 9324", "split on space (parts 2–4 of 4)")]
    [InlineData("122 Albert St\tPort Melbourne\tVIC", "122 Albert St, Port Melbourne, VIC", "joined with ', '")]
    [InlineData("122 Albert St\\tPort Melbourne", "122 Albert St, Port Melbourne", "joined with ', '")]
    [InlineData("John", "John Doe", "concatenated with other text")]
    [InlineData("4711", "INV-4711/ACME", "concatenated with other text")]
    [InlineData("John Doe", "Doe, John", "parts reordered")]
    [InlineData("4711", "4712", "edited")]
    public void Names_the_transformation_from_source_to_destination(string source, string destination, string? expected) =>
        Assert.Equal(expected, Transformations.Describe(source, destination));
}
