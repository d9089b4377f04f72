using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NegotiationModel;

/// <summary>
/// The members of one JSON object that this library does not know, such as those a newer producer
/// added, kept when a record is read so that they are written back unchanged: a record survives a round
/// trip through an older library. Every model type that is a JSON object has an
/// <c>UnknownMembers</c> property holding them, <see langword="null"/> when there are none: the records
/// declare it once, in their base <see cref="ExtensibleObject"/>, and the value types their own.
/// </summary>
/// <remarks>
/// <para>Members keep the order they had in the JSON; the canonical form writes them after the members
/// the library knows. Values are kept as parsed JSON (<see cref="JsonElement"/>), independent of the input.</para>
/// <para>Only the JSON reader creates and fills an instance; it offers no way to change it (it implements
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> only).</para>
/// <para>Equality: by the set of member names, ordinally, and each member's value, by
/// <see cref="JsonElement.DeepEquals"/>; the order of members does not matter.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after what it holds; a Dictionary suffix would stress the mechanism.")]
public sealed class UnknownMembers : IReadOnlyDictionary<string, JsonElement>, IEquatable<UnknownMembers>
{
    private readonly OrderedDictionary<string, JsonElement> members = new(StringComparer.Ordinal);
    private readonly Func<string, Exception>? rejection;

    /// <summary>Initializes a new, empty instance for the JSON reader to fill.</summary>
    internal UnknownMembers()
    {
        Sink = new UnknownMemberSink(this);
    }

    /// <summary>
    /// Initializes a new instance that refuses every member, for strict reading: adding one throws the exception
    /// <paramref name="rejection"/> makes of the member's name (the JSON reader's, which knows where it is).
    /// </summary>
    internal UnknownMembers(Func<string, Exception> rejection)
        : this() => this.rejection = rejection;

    /// <summary>Gets the number of members.</summary>
    public int Count => members.Count;

    /// <summary>Gets the members' names, in their JSON order.</summary>
    public IEnumerable<string> Keys => members.Keys;

    /// <summary>Gets the members' values, in their JSON order.</summary>
    public IEnumerable<JsonElement> Values => members.Values;

    /// <summary>Gets the dictionary through which System.Text.Json fills this instance while reading.</summary>
    internal UnknownMemberSink Sink { get; }

    /// <summary>Gets the value of a member.</summary>
    /// <param name="key">The member's name, compared ordinally.</param>
    /// <returns>The member's value.</returns>
    /// <exception cref="KeyNotFoundException">There is no member with that name.</exception>
    public JsonElement this[string key] => members[key];

    /// <summary>Tells whether there is a member with the given name.</summary>
    /// <param name="key">The member's name, compared ordinally.</param>
    /// <returns><see langword="true"/> when there is such a member.</returns>
    public bool ContainsKey(string key) => members.ContainsKey(key);

    /// <summary>Gets the value of a member, if there is one with that name.</summary>
    /// <param name="key">The member's name, compared ordinally.</param>
    /// <param name="value">The member's value, when found.</param>
    /// <returns><see langword="true"/> when there is such a member.</returns>
    public bool TryGetValue(string key, out JsonElement value) => members.TryGetValue(key, out value);

    /// <summary>Enumerates the members in their JSON order.</summary>
    /// <returns>An enumerator over name and value pairs.</returns>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    /// <inheritdoc />
    public bool Equals(UnknownMembers? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (name, value) in members)
        {
            if (!other.members.TryGetValue(name, out var otherValue) || !JsonValueEquality.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnknownMembers other && Equals(other);

    /// <summary>Returns a hash code of the member names, consistent with <see cref="Equals(UnknownMembers)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        // Order-insensitive: a sum of the names' hashes. Values are left out (equal values hash alike anyway).
        var hash = Count;
        foreach (var name in members.Keys)
        {
            hash += StringComparer.Ordinal.GetHashCode(name);
        }

        return hash;
    }

    /// <summary>Returns the members as a JSON object on one line, such as <c>{"nickname":"Don"}</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in this)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Adds a member while the JSON reader fills the instance (only the reader calls this, on an instance it has just created).</summary>
    /// <exception cref="Exception">The instance refuses members (strict reading): the exception its rejection makes.</exception>
    internal void Add(string key, JsonElement value)
    {
        Guard.Against.Null(key);
        if (rejection is not null)
        {
            throw rejection(key);
        }

        members.Add(key, value);
    }
}
