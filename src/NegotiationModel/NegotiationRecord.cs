using System.Globalization;
using Ardalis.GuardClauses;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NodaTime;

namespace NegotiationModel;

/// <summary>
/// Everything known about one negotiation process: who took part, what they said, according to which
/// sources. The aggregate every application reads and writes as one JSON document.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe; look-up indexes are built once, on first use.</para>
/// </remarks>
public sealed record NegotiationRecord
{
    /// <summary>Initializes a new, empty record with a title.</summary>
    /// <param name="title">A short title for the negotiation; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public NegotiationRecord(string title)
    {
        Title = title;
    }

    /// <summary>Gets the version of the JSON contract this record follows.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Current;

    /// <summary>Gets a short title for the negotiation.</summary>
    public string Title { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Title)); }

    /// <summary>Gets a longer description of what the record covers.</summary>
    public string? Description { get; init; }

    /// <summary>Gets when the record was last changed, if its producer says so.</summary>
    public Instant? LastUpdated { get; init; }

    /// <summary>Gets the actors.</summary>
    public ValueList<Actor> Actors { get; init; }

    /// <summary>Gets the sources facts are taken from.</summary>
    public ValueList<Source> Sources { get; init; }

    /// <summary>Gets the statements.</summary>
    public ValueList<Statement> Statements { get; init; }

    /// <summary>Finds an actor by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The actor, or <see langword="null"/> when the record holds none with that identifier.</returns>
    public Actor? FindActor(ActorId id)
    {
        foreach (var actor in Actors)
        {
            if (actor.Id == id)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>Returns the title with the number of actors and statements.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Actors.Count} actors, {Statements.Count} statements)");
}
