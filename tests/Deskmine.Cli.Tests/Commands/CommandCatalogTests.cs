using Deskmine.Cli.Commands;

namespace Deskmine.Cli.Tests.Commands;

public class CommandCatalogTests
{
    private static readonly CliContext Context = new(TimeProvider.System, TextWriter.Null, TextWriter.Null) { In = TextReader.Null };

    [Fact]
    public void Each_entry_lists_exactly_the_name_and_aliases_of_the_command_it_makes()
    {
        foreach (var (words, create) in CommandCatalog.Entries)
        {
            var command = create(Context);
            Assert.Equal([command.Name, .. command.Aliases.Order(StringComparer.Ordinal)], [words[0], .. words[1..].Order(StringComparer.Ordinal)]);
        }
    }

    [Fact]
    public void A_command_line_that_names_a_command_gets_that_command_alone_and_any_other_gets_all()
    {
        Assert.Equal(["map"], CommandCatalog.For(["map", "log.csv", "--json"], Context).Select(c => c.Name));
        Assert.Equal(["analyze"], CommandCatalog.For(["roi", "-w", "ws"], Context).Select(c => c.Name));
        var all = CommandCatalog.All(Context).Select(c => c.Name).ToArray();
        Assert.Equal(21, all.Length);
        Assert.Equal(all, CommandCatalog.For([], Context).Select(c => c.Name));
        Assert.Equal(all, CommandCatalog.For(["--help"], Context).Select(c => c.Name));
        Assert.Equal(all, CommandCatalog.For(["mapp"], Context).Select(c => c.Name));
    }

    [Fact]
    public void The_root_help_still_lists_every_command_and_a_command_runs_with_its_own_options()
    {
        var output = new StringWriter();
        Assert.Equal(CliApp.Ok, CliApp.Run(["--help"], TimeProvider.System, output, TextWriter.Null, TextReader.Null));
        foreach (var (words, _) in CommandCatalog.Entries)
            Assert.Contains(words[0], output.ToString(), StringComparison.Ordinal);

        var error = new StringWriter();
        Assert.Equal(CliApp.Usage, CliApp.Run(["map", "x.csv", "--no-such-option"], TimeProvider.System, TextWriter.Null, error, TextReader.Null));
        Assert.Contains("--no-such-option", error.ToString(), StringComparison.Ordinal);
    }
}
