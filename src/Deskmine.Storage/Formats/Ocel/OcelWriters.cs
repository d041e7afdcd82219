namespace Deskmine.Storage.Formats.Ocel;

/// <summary>Opens the OCEL 2.0 writer a file name asks for, and writes a whole <see cref="OcelLog"/>.</summary>
public static class OcelWriters
{
    /// <summary>
    /// A writer for <paramref name="path"/>: SQLite for <c>.sqlite</c>, <c>.sqlite3</c> and <c>.db</c>, XML for
    /// <c>.xmlocel</c> and <c>.xml</c>, JSON (<c>.jsonocel</c>) otherwise. An existing file is replaced.
    /// </summary>
    public static IOcelWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsSqlite(path) ? new OcelSqliteWriter(path) : IsXml(path) ? new OcelXmlWriter(path) : new OcelJsonWriter(path);
    }

    /// <summary>Whether <paramref name="path"/> names an OCEL 2.0 XML file (<c>.xmlocel</c>, <c>.xml</c>).</summary>
    public static bool IsXml(string path) =>
        path.EndsWith(".xmlocel", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="path"/> names a SQLite file.</summary>
    public static bool IsSqlite(string path) =>
        path.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sqlite3", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".db", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes <paramref name="log"/> to <paramref name="path"/>; returns the number of events. Reports events written.</summary>
    public static long Write(OcelLog log, string path, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var changes = log.Changes.ToLookup(c => c.ObjectId, StringComparer.Ordinal);
        var o2o = log.ObjectObjects.ToLookup(r => r.SourceId, StringComparer.Ordinal);
        var e2o = log.EventObjects.ToLookup(r => r.SourceId, StringComparer.Ordinal);
        var typeOf = log.Objects.ToDictionary(o => o.Id, o => o.Type, StringComparer.Ordinal);
        using var writer = Create(path);
        writer.Begin(
            Completed(log.EventTypes, log.Events.SelectMany(e => e.Attributes.Select(a => (e.Type, a.Key)))),
            Completed(log.ObjectTypes, log.Objects.SelectMany(o => o.Attributes.Select(a => (o.Type, a.Key)))
                .Concat(log.Changes.Select(c => (typeOf[c.ObjectId], c.Attribute)))));
        foreach (var o in log.Objects)
            writer.Object(o, [.. changes[o.Id]], [.. o2o[o.Id]]);
        long n = 0;
        foreach (var e in log.Events)
        {
            writer.Event(e, [.. e2o[e.Id]]);
            if (++n % 100_000 == 0)
                progress?.Report(n);
        }
        writer.End();
        progress?.Report(n);
        return n;
    }

    // Every attribute a value is given for is declared (as text when the file did not declare it), so that writers
    // with one column per declared attribute (SQLite) keep it.
    private static List<OcelType> Completed(IReadOnlyList<OcelType> declared, IEnumerable<(string Type, string Attribute)> used)
    {
        var types = declared.Select(t => (t.Name, Attributes: t.Attributes.ToList())).ToList();
        var byName = types.ToDictionary(t => t.Name, t => t.Attributes, StringComparer.Ordinal);
        foreach (var (type, attribute) in used)
        {
            if (!byName.TryGetValue(type, out var list))
            {
                byName[type] = list = [];
                types.Add((type, list));
            }
            if (!list.Exists(a => a.Name == attribute))
                list.Add(new OcelAttribute(attribute, "string"));
        }
        return [.. types.Select(t => new OcelType(t.Name, t.Attributes))];
    }
}
