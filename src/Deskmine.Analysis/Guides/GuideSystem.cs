namespace Deskmine.Analysis.Guides;

/// <summary>What a task type uses of one application: the inventory a migration or automation plan starts from.</summary>
/// <param name="Application">The application.</param>
/// <param name="Screens">Window titles, sheets and page addresses seen (templated as recorded), most used first.</param>
/// <param name="Fields">Fields whose values were typed, pasted, chosen or copied, most used first.</param>
/// <param name="Controls">Other elements clicked (buttons, links, tabs), most used first.</param>
/// <param name="Steps">Step occurrences in this application over all instances.</param>
public sealed record GuideSystem(string Application, IReadOnlyList<string> Screens, IReadOnlyList<string> Fields, IReadOnlyList<string> Controls, int Steps);
