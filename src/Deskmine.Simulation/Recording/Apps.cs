namespace Deskmine.Simulation.Recording;

/// <summary>Process names as a Windows capture agent reports them.</summary>
internal static class Apps
{
    public const string Outlook = "OUTLOOK.EXE";
    public const string Acrobat = "AcroRd32.exe";
    public const string Erp = "saplogon.exe";
    public const string Excel = "EXCEL.EXE";
    public const string Chrome = "chrome.exe";
    public const string Teams = "Teams.exe";
    public const string Explorer = "explorer.exe";
    public const string Notepad = "notepad.exe";
}
