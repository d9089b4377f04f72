namespace NegotiationModel.Storage;

/// <summary>Who commits, from which application, and why: kept with every commit of a store.</summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record CommitInfo
{
    /// <summary>Initializes a new instance of the <see cref="CommitInfo"/> class.</summary>
    /// <param name="author">Who commits (a person or a service account); not blank.</param>
    /// <param name="application">The application that commits; not blank.</param>
    /// <param name="message">Why; may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="author"/> or <paramref name="application"/> is blank.</exception>
    public CommitInfo(string author, string application, string message)
    {
        Author = Guard.Against.NullOrWhiteSpace(author);
        Application = Guard.Against.NullOrWhiteSpace(application);
        Message = Guard.Against.Null(message);
    }

    /// <summary>Gets who committed.</summary>
    public string Author { get; }

    /// <summary>Gets the application that committed.</summary>
    public string Application { get; }

    /// <summary>Gets the commit message.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Author} via {Application}: {Message}";
}
