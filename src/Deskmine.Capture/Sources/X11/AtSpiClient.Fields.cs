using Tmds.DBus.Protocol;

namespace Deskmine.Capture.Sources.X11;

/// <summary>Password fields of an application and where they are on screen (for walkthrough screenshots).</summary>
internal sealed partial class AtSpiClient
{
    /// <summary>
    /// The screen rectangles (x, y, width, height) of every element with the role <c>password text</c> in the
    /// applications with process id <paramref name="pid"/>, found by a breadth-first walk of their trees that
    /// visits at most <paramref name="maxNodes"/> elements; <c>Complete</c> is false when the walk stopped early.
    /// </summary>
    public async Task<(List<(int X, int Y, int W, int H)> Fields, bool Complete)> PasswordFieldsAsync(int pid, int maxNodes)
    {
        var found = new List<(int, int, int, int)>();
        var visited = 0;
        foreach (var (app, appPath) in await ChildrenAsync(Registry, RootPath).ConfigureAwait(false))
        {
            if (await PidAsync(app).ConfigureAwait(false) != (uint)pid)
                continue;
            var queue = new Queue<string>();
            queue.Enqueue(appPath);
            while (queue.Count > 0)
            {
                if (++visited > maxNodes)
                    return (found, false);
                var path = queue.Dequeue();
                if (path != appPath && await RoleAsync(app, path).ConfigureAwait(false) == "password text")
                {
                    found.Add(await ExtentsAsync(app, path).ConfigureAwait(false));
                    continue;
                }
                foreach (var (_, child) in await ChildrenAsync(app, path).ConfigureAwait(false))
                {
                    if (child != NullPath)
                        queue.Enqueue(child);
                }
            }
        }
        return (found, true);
    }

    private Task<(int, int, int, int)> ExtentsAsync(string bus, string path)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, ComponentIface, "GetExtents", "u", MessageFlags.None);
        writer.WriteUInt32(ScreenCoords);
        return Call(writer, static (Message m, object? _) =>
        {
            var reader = m.GetBodyReader();
            reader.AlignStruct();
            return (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        });
    }
}
