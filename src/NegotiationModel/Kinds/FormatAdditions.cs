using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Kinds;

/// <summary>
/// Reads the <see cref="AddedInAttribute"/> marks: the version of the format that added a member, an enum value or
/// a kind, and the list of every addition of the model. The schema of an earlier version, the check of a record's
/// declared version and the list in docs/json-format.md all derive from these marks, so a new addition is its mark.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class FormatAdditions
{
    /// <summary>Why reading the marks by reflection is safe when the application is trimmed.</summary>
    public const string Justification = "The marks are read from the model's own types, which its JSON contract keeps with their members: the source-generated contract names each property for its AttributeProvider, KebabCaseEnumConverter<T> keeps every enum's public fields, [JsonDerivedType] each kind.";

    private static readonly SchemaVersion First = new(1, 0);

    /// <summary>Returns the version that added what <paramref name="marked"/> is (a property, an enum field, a kind), or 1.0 when it carries no mark.</summary>
    public static SchemaVersion VersionOf(ICustomAttributeProvider? marked)
        => marked?.GetCustomAttributes(typeof(AddedInAttribute), inherit: false) is [AddedInAttribute mark, ..] ? mark.Version : First;

    /// <summary>Tells whether what <paramref name="marked"/> is belongs to <paramref name="version"/> of the format: it carries no mark, or one no later.</summary>
    public static bool IsIn(ICustomAttributeProvider? marked, SchemaVersion version) => VersionOf(marked) <= version;

    /// <summary>Returns the additions the marks on <paramref name="types"/> name (their members, enum fields and the types themselves), ordered by version, then by key.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = Justification)]
    public static IReadOnlyList<FormatAddition> In(IEnumerable<Type> types)
    {
        var additions = new List<FormatAddition>();
        foreach (var type in types)
        {
            if (type.IsDefined(typeof(AddedInAttribute), inherit: false))
            {
                additions.Add(Kind(type));
            }

            if (type.IsEnum)
            {
                additions.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(f => f.IsDefined(typeof(AddedInAttribute), inherit: false))
                    .Select(Value));
            }
            else
            {
                additions.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(p => p.IsDefined(typeof(AddedInAttribute), inherit: false))
                    .Select(Member));
            }
        }

        return [.. additions.OrderBy(a => a.Version).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }

    /// <summary>Describes a marked member: <c>Provision.title</c>, "the member 'title' of a provision".</summary>
    public static FormatAddition Member(PropertyInfo property)
    {
        var name = MemberName(property);
        return new FormatAddition($"{PlainName(property.DeclaringType!)}.{name}", $"the member '{name}' of {Noun(property.DeclaringType!)}", VersionOf(property));
    }

    /// <summary>Describes a marked enum value: <c>ProvisionCategory.amnesty</c>, "the value 'amnesty' of ProvisionCategory".</summary>
    public static FormatAddition Value(FieldInfo field)
    {
        var name = EnumFieldNames.Of(field);
        return new FormatAddition($"{field.DeclaringType!.Name}.{name}", $"the value '{name}' of {field.DeclaringType.Name}", VersionOf(field));
    }

    /// <summary>Describes a marked kind of a polymorphic type: <c>Provision:amnesty</c>, "the provision kind 'amnesty'".</summary>
    public static FormatAddition Kind(Type type)
    {
        if (DiscriminatorOf(type) is { } kind)
        {
            return new FormatAddition($"{kind.Base.Name}:{kind.Name}", $"the {Words(kind.Base)} kind '{kind.Name}'", VersionOf(type));
        }

        return new FormatAddition(type.Name, $"the type {type.Name}", VersionOf(type));
    }

    // A generic type is named without its arity: StatusChange, not StatusChange`1.
    private static string PlainName(Type type) => type.Name.Split('`')[0];

    /// <summary>Returns the JSON name of a property, as the format's contract writes it (its C# name, camel-cased).</summary>
    public static string MemberName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>Returns the polymorphic base of a kind, the name of its discriminator member and the kind's name in it.</summary>
    public static (Type Base, string Member, string Name)? DiscriminatorOf(Type type)
    {
        for (var candidate = type.BaseType; candidate is not null; candidate = candidate.BaseType)
        {
            if (candidate.GetCustomAttribute<JsonPolymorphicAttribute>(inherit: false) is { } polymorphic
                && candidate.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false).FirstOrDefault(d => d.DerivedType == type)?.TypeDiscriminator is string name)
            {
                return (candidate, polymorphic.TypeDiscriminatorPropertyName ?? "$type", name);
            }
        }

        return null;
    }

    private static string Words(Type type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.Name).Replace('-', ' ');

    private static string Noun(Type type)
    {
        var words = Words(type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name);
        return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
    }

    private static string Words(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name).Replace('-', ' ');
}
