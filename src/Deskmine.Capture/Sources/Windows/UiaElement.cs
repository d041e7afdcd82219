namespace Deskmine.Capture.Sources.Windows;

/// <summary>A UI Automation element, as <c>IUIAutomation.ElementFromPoint</c> would report it.</summary>
/// <param name="ControlType">UIA control type id (<c>UIA_ButtonControlTypeId</c> = 50000 …).</param>
/// <param name="Name">UIA <c>Name</c> (label), may be empty.</param>
/// <param name="AutomationId">UIA <c>AutomationId</c>, may be empty.</param>
/// <param name="IsPassword">UIA <c>IsPassword</c>: an edit that hides its content.</param>
internal sealed record UiaElement(int ControlType, string Name, string AutomationId, bool IsPassword = false);
