namespace NegotiationModel.Interop.Pax;

/// <summary>How <see cref="PaxImporter"/> reads PA-X.</summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record PaxImportOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static PaxImportOptions Default { get; } = new();

    /// <summary>Gets the language of the agreements' titles (<c>Agt</c>). Default <c>en</c>: PA-X titles its agreements in English.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Gets the title of the record an import creates. Default "Imported from PA-X".</summary>
    public string Title { get; init; } = "Imported from PA-X";

    /// <inheritdoc/>
    public override string ToString() => $"PA-X import ({Language})";
}
