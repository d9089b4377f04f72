namespace NegotiationModel.Kinds;

/// <summary>
/// The values an entity's own time is made of: one value (an event's <c>When</c>), or a span from
/// <see cref="First"/> to <see cref="Second"/> (an actor's existence), either end possibly missing. Which members
/// they are, the entity says with <see cref="DatesAttribute"/>.
/// </summary>
internal readonly record struct EntityTime(When? First, When? Second, bool IsSpan)
{
    /// <summary>Gets a value indicating whether the entity has a time: one of the values is set.</summary>
    public bool HasValue => First is not null || Second is not null;

    /// <summary>A time of one value.</summary>
    public static EntityTime At(When? value) => new(value, null, IsSpan: false);

    /// <summary>A span, open where a value is missing.</summary>
    public static EntityTime Span(When? from, When? until) => new(from, until, IsSpan: true);

    /// <summary>Returns the first time any of the parts has: a proposal's first dated version, a first status change.</summary>
    public static When? FirstWhen<TPart>(ValueList<TPart> parts, Func<TPart, When?> when)
    {
        foreach (var part in parts)
        {
            if (when(part) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Returns the path of <paramref name="value"/> when it is the time of one of the parts (held by the member <paramref name="member"/>), else <see langword="null"/>.</summary>
    public static JsonPath? PathIn<TPart>(ValueList<TPart> parts, Func<TPart, When?> when, When value, JsonPath at, string member)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (ReferenceEquals(when(parts[i]), value))
            {
                return at.Member(member).Index(i).Member(nameof(When));
            }
        }

        return null;
    }

    /// <summary>Returns this time when it has a value, else <paramref name="otherwise"/>.</summary>
    public EntityTime Or(EntityTime otherwise) => HasValue ? this : otherwise;
}
