using Deskmine.Core.Logs;
using Deskmine.Storage.Logs;

namespace Deskmine.Storage.Tests.Logs;

public class LogChunkTests
{
    private static readonly LogFields Fields = new(new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] });

    private static LogChunk Chunk(params string[] cases)
    {
        var chunk = new LogChunk(Fields, 4, caseCapacity: 2);
        foreach (var c in cases)
            chunk.Next(chunk.Cases.Code(c), chunk.Activities.Code("a"), 0, 0);
        return chunk;
    }

    [Fact]
    public void A_chunk_written_case_by_case_has_its_cases_together()
    {
        Assert.True(Chunk("c1", "c1", "c2", "c3", "c3", "c3").CasesComeTogether());
        Assert.True(Chunk("c1").CasesComeTogether());
        Assert.True(Chunk().CasesComeTogether());
    }

    [Fact]
    public void A_case_that_comes_back_after_another_is_not_together()
    {
        Assert.False(Chunk("c1", "c2", "c1").CasesComeTogether());
        Assert.False(Chunk("c1", "c2", "c3", "c2", "c4").CasesComeTogether());
    }

    [Fact]
    public void Names_sized_for_fewer_keys_grow_and_keep_every_code()
    {
        var names = new LogChunk(Fields, 4, caseCapacity: 2).Cases;
        static byte[] Key(string text) => System.Text.Encoding.UTF8.GetBytes(text);

        for (var i = 0; i < 5000; i++)
            Assert.Equal(i, names.Code(Key($"case-{i}")));

        Assert.Equal(5000, names.All.Count);
        Assert.Equal("case-4999", names.All[4999]);
        Assert.Equal(17, names.Code(Key("case-17")));
        Assert.Equal(4999, names.Code("case-4999"));
        Assert.Equal(5000, names.Code(Key("case-new")));
    }
}
