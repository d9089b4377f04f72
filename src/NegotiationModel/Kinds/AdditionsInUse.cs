using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace NegotiationModel.Kinds;

/// <summary>
/// What an object of one type can write that a later version of the format added (<see cref="AddedInAttribute"/>):
/// its own kind, its marked members, and marked values of the enums its members hold (an entity reference's kind
/// included). Built once per type from the marks; a type that can write no addition is skipped at a glance.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class AdditionsInUse
{
    private static readonly SchemaVersion First = new(1, 0);

    private static readonly ConcurrentDictionary<Type, AdditionsInUse> ByType = new();

    private readonly (FormatAddition Addition, string Member)? kind;

    private readonly MemberPlan[] members;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = FormatAdditions.Justification)]
    private AdditionsInUse(Type type)
    {
        if (type.IsDefined(typeof(AddedInAttribute), inherit: false))
        {
            var addition = FormatAdditions.Kind(type);
            kind = (addition, FormatAdditions.DiscriminatorOf(type)?.Member ?? "kind");
        }

        members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(JsonIgnoreAttribute)))
            .Select(MemberPlan.Of)
            .OfType<MemberPlan>()];
        Newest = members.Select(m => m.Newest).Append(kind?.Addition.Version ?? First).Max();
    }

    /// <summary>Gets the newest addition an object of the type can write; 1.0 when it can write none.</summary>
    public SchemaVersion Newest { get; }

    /// <summary>Returns the additions an object of <paramref name="type"/> can write.</summary>
    public static AdditionsInUse Of(Type type) => ByType.GetOrAdd(type, static t => new AdditionsInUse(t));

    /// <summary>
    /// Adds to <paramref name="uses"/> what <paramref name="value"/>'s own JSON (not that of the objects it holds)
    /// uses of the additions after <paramref name="declared"/>: a member it sets, a value of one, its kind.
    /// </summary>
    public void Find(object value, SchemaVersion declared, List<AdditionUse> uses)
    {
        if (Newest <= declared)
        {
            return;
        }

        if (kind is { } own && own.Addition.Version > declared)
        {
            uses.Add(new AdditionUse(own.Addition, own.Member, -1, null));
        }

        foreach (var member in members)
        {
            member.Find(value, declared, uses);
        }
    }

    /// <summary>A member that is an addition, holds values that are, or both.</summary>
    private sealed class MemberPlan(PropertyInfo property, FormatAddition? addition, Dictionary<object, FormatAddition>? values, bool isReference)
    {
        private readonly string name = FormatAdditions.MemberName(property);

        public SchemaVersion Newest { get; } = (values?.Values.Select(v => v.Version) ?? []).Append(addition?.Version ?? First).Max();

        [UnconditionalSuppressMessage("Trimming", "IL2065", Justification = FormatAdditions.Justification)]
        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = FormatAdditions.Justification)]
        public static MemberPlan? Of(PropertyInfo property)
        {
            var addition = property.IsDefined(typeof(AddedInAttribute), inherit: false) ? FormatAdditions.Member(property) : null;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                type = type.GetGenericArguments()[0];
            }

            var isReference = type == typeof(EntityReference);
            var enumType = isReference ? typeof(EntityKind) : type.IsEnum ? type : null;
            var values = enumType?.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsDefined(typeof(AddedInAttribute), inherit: false))
                .ToDictionary(f => f.GetValue(null)!, FormatAdditions.Value);
            values = values is { Count: > 0 } ? values : null;
            return addition is null && values is null ? null : new MemberPlan(property, addition, values, isReference);
        }

        public void Find(object owner, SchemaVersion declared, List<AdditionUse> uses)
        {
            if (Newest <= declared)
            {
                return;
            }

            var value = property.GetValue(owner);
            if (value is null or false or IValueList { IsEmpty: true })
            {
                return;
            }

            if (addition is not null && addition.Version > declared)
            {
                // The member is newer than the record: what it holds needs no second report.
                uses.Add(new AdditionUse(addition, name, -1, null));
                return;
            }

            if (values is null)
            {
                return;
            }

            if (value is IEnumerable list and not string)
            {
                var index = 0;
                foreach (var item in list)
                {
                    Value(item, index++, declared, uses);
                }
            }
            else
            {
                Value(value, -1, declared, uses);
            }
        }

        private void Value(object? item, int index, SchemaVersion declared, List<AdditionUse> uses)
        {
            var key = isReference && item is EntityReference reference ? reference.Kind : item;
            if (key is not null && values!.TryGetValue(key, out var added) && added.Version > declared)
            {
                uses.Add(new AdditionUse(added, name, index, isReference ? "kind" : null));
            }
        }
    }
}

/// <summary>
/// An addition an object uses: <paramref name="Addition"/>, in its member <paramref name="Member"/>, at element
/// <paramref name="Index"/> of it when it is a list (else -1), in its member <paramref name="Then"/> when not null.
/// </summary>
internal readonly record struct AdditionUse(FormatAddition Addition, string Member, int Index, string? Then)
{
    /// <summary>Returns the JSON path of the use, from the path of the object that makes it.</summary>
    public JsonPath PathFrom(JsonPath owner)
    {
        var path = owner.Property(Member);
        path = Index >= 0 ? path.Index(Index) : path;
        return Then is null ? path : path.Property(Then);
    }
}
