using Deskmine.Core.Errors;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class TaskTypeCatalogueJsonTests
{
    [Fact]
    public void A_catalogue_survives_the_round_trip()
    {
        var catalogue = new TaskTypeCatalogue(
        [
            new TaskTypeEntry(0, "t0123456789", "Invoice entry: Outlook → ERP 'Post'", 3, 42, ["Outlook", "ERP"]),
            new TaskTypeEntry(1, "tabcdefabcd", "Tickets", 1, 7, []),
        ]);

        var back = TaskTypeCatalogueJson.Parse(TaskTypeCatalogueJson.Serialize(catalogue), "test");

        Assert.Equal(catalogue.Entries.Count, back.Entries.Count);
        for (var i = 0; i < back.Entries.Count; i++)
        {
            Assert.Equal(catalogue.Entries[i] with { Applications = [] }, back.Entries[i] with { Applications = [] });
            Assert.Equal(catalogue.Entries[i].Applications, back.Entries[i].Applications);
        }
    }

    [Fact]
    public void The_stored_form_is_the_array_earlier_workspaces_hold()
    {
        var json = TaskTypeCatalogueJson.Serialize(new TaskTypeCatalogue([new TaskTypeEntry(0, "t1", "A", 2, 5, ["x"])]));

        Assert.Equal("""[{"index":0,"key":"t1","name":"A","segments":2,"events":5,"applications":["x"]}]""", json);
    }

    [Fact]
    public void A_catalogue_written_by_earlier_versions_reads()
    {
        // What 'deskmine mine' stored before the catalogue had a type (anonymous objects, escaped non-ASCII).
        const string stored = """[{"index":0,"key":"t5f0c1a2b3d","name":"Invoice entry: Outlook \u2192 ERP","segments":12,"events":340,"applications":["Outlook","ERP"]}]""";

        var entry = Assert.Single(TaskTypeCatalogueJson.Parse(stored, "recognition.task_types").Entries);

        Assert.Equal(new TaskTypeEntry(0, "t5f0c1a2b3d", "Invoice entry: Outlook → ERP", 12, 340, entry.Applications), entry);
        Assert.Equal(["Outlook", "ERP"], entry.Applications);
    }

    [Fact]
    public void A_profile_survives_the_round_trip_and_its_absence_reads_as_none()
    {
        var profile = new TaskTypeProfile(3, 84.5, ["Outlook – Inbox: open 'Invoice'", "SAP – MIRO Enter Incoming Invoice: click 'Post'"]);
        var catalogue = new TaskTypeCatalogue([new TaskTypeEntry(0, "t1", "Post incoming invoice in SAP MIRO", 4, 40, ["Outlook", "SAP"], profile)]);

        var back = Assert.Single(TaskTypeCatalogueJson.Parse(TaskTypeCatalogueJson.Serialize(catalogue), "test").Entries);
        var old = Assert.Single(TaskTypeCatalogueJson.Parse("""[{"index":0,"key":"t1","name":"A","segments":2,"events":5}]""", "test").Entries);

        Assert.NotNull(back.Profile);
        Assert.Equal((3, 84.5), (back.Profile.People, back.Profile.MedianSeconds));
        Assert.Equal(profile.Steps, back.Profile.Steps);
        Assert.Null(old.Profile);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""[{"index":0,"key":"t1","name":"A","segments":2,"events":5,"people":"three"}]""")]
    [InlineData("""{"index":0}""")]
    [InlineData("""[{"index":0,"key":"t1","segments":2,"events":5}]""")]
    public void A_broken_catalogue_is_an_input_error_naming_its_source(string json)
    {
        var e = Assert.Throws<InputException>(() => TaskTypeCatalogueJson.Parse(json, "recognition.task_types"));

        Assert.Contains("recognition.task_types", e.Message, StringComparison.Ordinal);
    }
}
