using System.Collections.Concurrent;
using Tmds.DBus.Protocol;

namespace Deskmine.Capture.Sources.X11;

/// <summary>
/// Asks AT-SPI (the accessibility bus, over D-Bus) which element lies under a screen point of an application:
/// registry → applications (matched to the window's process id) → frames → <c>GetAccessibleAtPoint</c>
/// repeated down to the innermost element → its role and name.
/// </summary>
internal sealed partial class AtSpiClient : IDisposable
{
    private const string Registry = "org.a11y.atspi.Registry";
    private const string RootPath = "/org/a11y/atspi/accessible/root";
    private const string AccessibleIface = "org.a11y.atspi.Accessible";
    private const string ComponentIface = "org.a11y.atspi.Component";
    private const string NullPath = "/org/a11y/atspi/null";
    private const int ScreenCoords = 0;

    private readonly DBusConnection _bus;
    private readonly ConcurrentDictionary<string, uint> _pids = new(StringComparer.Ordinal);

    private AtSpiClient(DBusConnection bus) => _bus = bus;

    /// <summary>Connects to the accessibility bus of the session, or returns <c>null</c> when there is none
    /// (no session bus, no AT-SPI) within <paramref name="timeout"/>.</summary>
    public static async Task<AtSpiClient?> TryConnectAsync(TimeSpan timeout)
    {
        var sessionAddress = DBusAddress.Session;
        if (string.IsNullOrEmpty(sessionAddress))
            return null;
        try
        {
            using var session = new DBusConnection(sessionAddress);
            await session.ConnectAsync().AsTask().WaitAsync(timeout).ConfigureAwait(false);
            var address = await BusAddress(session).WaitAsync(timeout).ConfigureAwait(false);
            var bus = new DBusConnection(address);
            await bus.ConnectAsync().AsTask().WaitAsync(timeout).ConfigureAwait(false);
            return new AtSpiClient(bus);
        }
        catch (Exception ex) when (IsBusFailure(ex))
        {
            return null;
        }
    }

    private static Task<string> BusAddress(DBusConnection session)
    {
        using var writer = session.GetMessageWriter();
        writer.WriteMethodCallHeader("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", null, MessageFlags.None);
        return session.CallMethodAsync(writer.CreateMessage(), static (Message m, object? _) => m.GetBodyReader().ReadString(), null);
    }

    /// <summary>The innermost element at screen point (x, y) in the application with process id
    /// <paramref name="pid"/> (0: any application), or <c>null</c>.</summary>
    public async Task<AtSpiElement?> ElementAtAsync(int pid, int x, int y)
    {
        foreach (var (app, appPath) in await ChildrenAsync(Registry, RootPath).ConfigureAwait(false))
        {
            if (pid != 0 && await PidAsync(app).ConfigureAwait(false) != (uint)pid)
                continue;
            foreach (var (_, frame) in await ChildrenAsync(app, appPath).ConfigureAwait(false))
            {
                if (!await ContainsAsync(app, frame, x, y).ConfigureAwait(false))
                    continue;
                var path = frame;
                var roles = new List<string> { await RoleAsync(app, frame).ConfigureAwait(false) };
                for (var depth = 0; depth < 32; depth++)
                {
                    var child = await AtPointAsync(app, path, x, y).ConfigureAwait(false);
                    if (child is null || child == NullPath || child == path)
                        break;
                    path = child;
                    roles.Add(await RoleAsync(app, path).ConfigureAwait(false));
                }
                return new AtSpiElement(roles[^1], await NameAsync(app, path).ConfigureAwait(false), string.Join('/', roles));
            }
        }
        return null;
    }

    private async Task<uint> PidAsync(string busName)
    {
        if (_pids.TryGetValue(busName, out var pid))
            return pid;
        pid = await QueryPid(busName).ConfigureAwait(false);
        _pids[busName] = pid;
        return pid;
    }

    private Task<uint> QueryPid(string busName)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID", "s", MessageFlags.None);
        writer.WriteString(busName);
        return Call(writer, static (Message m, object? _) => m.GetBodyReader().ReadUInt32());
    }

    private Task<List<(string Bus, string Path)>> ChildrenAsync(string bus, string path)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, AccessibleIface, "GetChildren", null, MessageFlags.None);
        return Call(writer, static (Message m, object? _) =>
        {
            var reader = m.GetBodyReader();
            var list = new List<(string, string)>();
            var end = reader.ReadArrayStart(DBusType.Struct);
            while (reader.HasNext(end))
            {
                reader.AlignStruct();
                list.Add((reader.ReadString(), reader.ReadObjectPathAsString()));
            }
            return list;
        });
    }

    private Task<bool> ContainsAsync(string bus, string path, int x, int y)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, ComponentIface, "Contains", "iiu", MessageFlags.None);
        writer.WriteInt32(x);
        writer.WriteInt32(y);
        writer.WriteUInt32(ScreenCoords);
        return Call(writer, static (Message m, object? _) => m.GetBodyReader().ReadBool());
    }

    private async Task<string?> AtPointAsync(string bus, string path, int x, int y)
    {
        var (_, child) = await QueryAtPoint(bus, path, x, y).ConfigureAwait(false);
        return child;
    }

    private Task<(string, string)> QueryAtPoint(string bus, string path, int x, int y)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, ComponentIface, "GetAccessibleAtPoint", "iiu", MessageFlags.None);
        writer.WriteInt32(x);
        writer.WriteInt32(y);
        writer.WriteUInt32(ScreenCoords);
        return Call(writer, static (Message m, object? _) =>
        {
            var reader = m.GetBodyReader();
            reader.AlignStruct();
            return (reader.ReadString(), reader.ReadObjectPathAsString());
        });
    }

    private Task<string> RoleAsync(string bus, string path)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, AccessibleIface, "GetRoleName", null, MessageFlags.None);
        return Call(writer, static (Message m, object? _) => m.GetBodyReader().ReadString());
    }

    private Task<string> NameAsync(string bus, string path)
    {
        using var writer = _bus.GetMessageWriter();
        writer.WriteMethodCallHeader(bus, path, "org.freedesktop.DBus.Properties", "Get", "ss", MessageFlags.None);
        writer.WriteString(AccessibleIface);
        writer.WriteString("Name");
        return Call(writer, static (Message m, object? _) => m.GetBodyReader().ReadVariantValue().GetString());
    }

    private Task<T> Call<T>(MessageWriter writer, MessageValueReader<T> read) =>
        _bus.CallMethodAsync(writer.CreateMessage(), read, null);

    /// <summary>Whether <paramref name="ex"/> is a failure of the bus or of a call on it (the element is then
    /// unknown; the click is still recorded).</summary>
    public static bool IsBusFailure(Exception ex) =>
        ex is TimeoutException or IOException or InvalidOperationException or FormatException
        || ex.GetType().Namespace == typeof(DBusConnection).Namespace;

    public void Dispose() => _bus.Dispose();
}
