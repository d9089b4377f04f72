namespace NegotiationModel.Kinds;

/// <summary>One addition to the format after 1.0, as its mark names it.</summary>
/// <param name="Key">The addition as docs/json-format.md lists it: <c>Type.member</c>, <c>Enum.value</c> or <c>Base:kind</c>.</param>
/// <param name="Description">The addition in words, for messages: "the member 'title' of a provision".</param>
/// <param name="Version">The version of the format that added it.</param>
internal sealed record FormatAddition(string Key, string Description, SchemaVersion Version);
