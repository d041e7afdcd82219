namespace Deskmine.Reporting;

/// <summary>What the process map's labels, line widths and colours express.</summary>
public enum MapView
{
    /// <summary>How often: activity counts on nodes, path counts on edges, thicker lines for frequent paths.</summary>
    Frequency,

    /// <summary>How long: time between activities on edges, coloured from fast (grey) to slow (red).</summary>
    Performance,
}
