namespace NegotiationModel.Interop.Popolo;

/// <summary>How <see cref="PopoloImporter"/> reads Popolo.</summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record PopoloImportOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static PopoloImportOptions Default { get; } = new();

    /// <summary>
    /// Gets the language of names, roles and texts that Popolo gives without one (its <c>name</c>, <c>role</c>,
    /// <c>text</c>; <c>other_names</c> may carry a <c>lang</c>). Default <c>und</c> (undetermined, BCP 47).
    /// </summary>
    public string Language { get; init; } = "und";

    /// <summary>Gets the title of the record an import creates. Default "Imported from Popolo".</summary>
    public string Title { get; init; } = "Imported from Popolo";

    /// <inheritdoc/>
    public override string ToString() => $"Popolo import ({Language})";
}
