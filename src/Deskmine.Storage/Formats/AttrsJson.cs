using System.Text.Json.Serialization;

namespace Deskmine.Storage.Formats;

/// <summary>Source-generated JSON for the <c>attrs</c> map (trimming-safe, no reflection).</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AttrsJson : JsonSerializerContext;
