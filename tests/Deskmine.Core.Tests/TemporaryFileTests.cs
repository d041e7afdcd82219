using Deskmine.Core.IO;

namespace Deskmine.Core.Tests;

public sealed class TemporaryFileTests
{
    [Fact]
    public void A_temporary_file_holds_what_is_written_and_leaves_no_name_behind()
    {
        var directory = Directory.CreateTempSubdirectory("deskmine-tmp-test-").FullName;
        try
        {
            using (var file = TemporaryFile.Create("test", 4096, FileOptions.None, directory))
            {
                file.Write([1, 2, 3]);
                file.Position = 0;
                Span<byte> back = stackalloc byte[3];
                file.ReadExactly(back);

                Assert.Equal([1, 2, 3], back.ToArray());
                if (!OperatingSystem.IsWindows())
                    Assert.Empty(Directory.GetFiles(directory));
            }
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
