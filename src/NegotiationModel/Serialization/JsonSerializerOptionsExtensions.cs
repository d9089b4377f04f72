using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>
/// Configures an application's own <see cref="JsonSerializerOptions"/> with the library's JSON contract, as
/// NodaTime's <c>ConfigureForNodaTime</c> does, so that records, entities and values can be members of the
/// application's own payloads (see <c>docs/json-format.md</c>).
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>
    /// Puts the library's contract first in <paramref name="options"/>' <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>
    /// and adds its converters, so that every model type is written with the members, names and values
    /// <see cref="NegotiationJson"/> gives it, and read back with its unknown members kept.
    /// </summary>
    /// <param name="options">The options to configure; they must not have been used yet.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (they have been used).</exception>
    /// <remarks>
    /// <para>The converters added are those of the model's own types, NodaTime's ISO converters for
    /// <see cref="NodaTime.Instant"/>, <see cref="NodaTime.LocalDate"/>, <see cref="NodaTime.LocalDateTime"/>,
    /// <see cref="NodaTime.Duration"/> and <see cref="NodaTime.DateTimeZone"/> (TZDB), and one that reads an
    /// <see cref="int"/> as JSON Schema does (<c>3.0</c> is 3); the last two apply to the application's own
    /// members of those types too.</para>
    /// <para>Layout stays the application's choice (indentation, <see cref="JsonSerializerOptions.Encoder"/>):
    /// the canonical bytes of a record are <see cref="NegotiationJson"/>'s. Size and depth limits, and the
    /// checks <see cref="NegotiationJson"/> makes before parsing untrusted input, are not part of this.</para>
    /// </remarks>
    public static JsonSerializerOptions ConfigureForNegotiationModel(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("These options are read-only: configure them before their first use.");
        }

        options.TypeInfoResolverChain.Insert(0, JsonFormat.Resolver(strict: false).WithAddedModifier(JsonFormat.HoldIgnoreConditions));
        JsonFormat.AddConverters(options.Converters);
        return options;
    }
}
