namespace NegotiationModel.Interop;

/// <summary>One input document of an importer: its text and the name it is reported under (usually its file name).</summary>
/// <param name="Name">The name errors and the report use for this input; a file name also hints at what the document holds.</param>
/// <param name="Text">The document's text.</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record InteropInput(string Name, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
