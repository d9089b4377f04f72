using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using NegotiationModel.Serialization;
using NodaTime;

namespace NegotiationModel.Tests;

/// <summary>
/// House rules checked over every public type by reflection, as NodaTime's ConsistencyTest does:
/// reviewers need not remember them.
/// </summary>
public sealed class ConsistencyTest
{
    private static readonly Assembly Library = typeof(NegotiationRecord).Assembly;

    private static readonly Lazy<List<IRecordEntity>> SampleEntities = new(() =>
        [.. NegotiationModel.Samples.MiamiTalksSample.Build().Entities(), .. NegotiationModel.TestData.SyntheticRecord.Generate(300).Entities()]);

    public static TheoryData<Type> PublicTypes() => [.. Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> ModelTypes() => [.. ModelTypesOf().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    // [Flags] enums are parts of text forms (When's qualifiers), never JSON values of their own.
    // The types a record's JSON is made of: reached from NegotiationRecord through its contract.
    public static TheoryData<Type> RecordDataTypes() => [.. RecordDataTypesOf().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> Enums() => [.. Library.GetExportedTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> Entities() => [.. Library.GetExportedTypes()
        .Where(t => typeof(IRecordEntity).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_are_sealed_static_structs_enums_interfaces_or_polymorphic_bases(Type type)
    {
        var allowed = type.IsSealed || type.IsValueType || type.IsInterface || (type.IsAbstract && type.IsSealed)
            || (type.IsAbstract && (type.IsDefined(typeof(JsonPolymorphicAttribute), inherit: false) || IsClosedHierarchy(type)));

        allowed.Should().BeTrue($"{type} should be sealed, static, a struct, an enum, an interface, or an abstract base that is [JsonPolymorphic] or closed to other assemblies");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_are_immutable(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            var isInitOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ?? false;
            (setter is null || !setter.IsPublic || isInitOnly).Should().BeTrue($"{type.Name}.{property.Name} must not have a public setter");
            IsImmutableType(property.PropertyType).Should().BeTrue($"{type.Name}.{property.Name} is of type {property.PropertyType}, which is not known to be immutable");
        }

        // The one exception: System.Text.Json sets UnknownMembers through its internal setter while reading
        // (extension data cannot be init-only), and UnknownMembers is read-only from then on.
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(f => f.FieldType != typeof(UnknownMembers)))
        {
            field.IsInitOnly.Should().BeTrue($"{type.Name}.{field.Name} must be readonly");
        }
    }

    // Interfaces through which a caller could change an instance: a public type offering one is not immutable,
    // whatever its own members say (an explicit implementation is one cast away).
    private static readonly Type[] MutableInterfaces =
    [
        typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>),
        typeof(System.Collections.IList), typeof(System.Collections.IDictionary), typeof(System.Collections.ICollection),
    ];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_implement_no_mutable_collection_interface(Type type)
    {
        var mutable = type.GetInterfaces()
            .Where(i => MutableInterfaces.Contains(i.IsGenericType ? i.GetGenericTypeDefinition() : i))
            .Select(i => i.Name);

        mutable.Should().BeEmpty($"{type} must be deeply immutable: offer IReadOnly* interfaces only");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_override_ToString(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;

        // A polymorphic base may write ToString once for all its kinds, sealed so the compiler synthesizes none.
        (toString.DeclaringType == type || (toString.DeclaringType!.Assembly == Library && toString.IsFinal))
            .Should().BeTrue($"{type.Name} should override ToString");
        toString.IsDefined(typeof(CompilerGeneratedAttribute)).Should().BeFalse($"{type.Name} should write its own culture-invariant ToString, not the record's synthesized one");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_with_value_equality_state_it_in_their_remarks(Type type)
    {
        if (type.IsEnum || type.IsInterface || !ImplementsEquatable(type))
        {
            return;
        }

        var remarks = Documentation.Remarks(type);

        remarks.Should().Contain("Equality", $"the <remarks> of {type} should state its equality semantics");
        remarks.Should().MatchRegex("thread-safe|thread safe", $"the <remarks> of {type} should state its thread safety");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Enums_are_written_as_strings_and_have_no_zero_member(Type type)
    {
        // The model's enums have theirs registered by the serialization layer; the other layers' name it on the type.
        var converter = type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType
            ?? JsonRoundTrip.OptionsFor(type).Converters.FirstOrDefault(c => c.CanConvert(type))?.GetType();

        converter.Should().NotBeNull($"{type} needs a string converter");
        converter!.IsGenericType.Should().BeTrue();
        converter.GetGenericTypeDefinition().Should().Be(typeof(KebabCaseEnumConverter<>));
        Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(Convert.ToInt64).Should().NotContain(0, "default(T) must not be a valid member, so that a missing value is caught");
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Entities_are_in_the_json_context(Type type)
    {
        var declared = typeof(NegotiationJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);

        declared.Should().Contain(d => d.IsAssignableFrom(type), $"{type} (or its polymorphic base) should have [JsonSerializable] in NegotiationJsonContext so it can be read on its own (JSON Lines)");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_list_property_has_a_json_converter(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsValueList(p.PropertyType)))
        {
            var info = JsonRoundTrip.OptionsFor(type).GetTypeInfo(property.PropertyType);

            info.Converter.GetType().GetGenericTypeDefinition().Should().Be(
                typeof(ValueListJsonConverter<>),
                $"{type.Name}.{property.Name} needs typeof(ValueListJsonConverter<{property.PropertyType.GetGenericArguments()[0].Name}>) in its layer's JSON context");
        }
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Every_entity_kind_appears_in_the_sample_or_generated_records_and_round_trips_alone(Type type)
    {
        var instances = SampleEntities.Value.Where(e => e.GetType() == type).ToList();
        var contract = NegotiationJson.Options.GetTypeInfo(typeof(NegotiationModel.Proposals.Provision).IsAssignableFrom(type) ? typeof(NegotiationModel.Proposals.Provision) : type);

        instances.Should().NotBeEmpty($"the reference sample or the synthetic records should hold a {type.Name}, so its JSON is exercised");
        foreach (var instance in instances)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(instance, contract);
            System.Text.Json.JsonSerializer.Deserialize(json, contract).Should().Be(instance);
        }
    }

    [Theory]
    [MemberData(nameof(RecordDataTypes))]
    public void Model_types_written_as_json_objects_keep_unknown_members(Type type)
    {
        var info = NegotiationJson.Options.GetTypeInfo(type);
        var converter = info.Kind == JsonTypeInfoKind.None ? info.Converter.GetType() : null;
        Type[] stringConverters = [typeof(EntityIdJsonConverter<>), typeof(WhenJsonConverter), typeof(SchemaVersionJsonConverter)];
        if (info.Kind == JsonTypeInfoKind.None && converter is not null
            && stringConverters.Contains(converter.IsGenericType ? converter.GetGenericTypeDefinition() : converter))
        {
            // Written as a JSON string: no members to keep.
            return;
        }

        var property = type.GetProperty(nameof(UnknownMembers), BindingFlags.Public | BindingFlags.Instance);

        property.Should().NotBeNull($"{type.Name} is a JSON object, so it must keep the members it does not know (\"at every level\")");
        property!.PropertyType.Should().Be<UnknownMembers>();
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            info.Properties.Should().ContainSingle(p => p.IsExtensionData, $"{type.Name}.UnknownMembers needs [JsonExtensionData, JsonInclude]");
        }
        else
        {
            // A struct cannot take extension data: its own converter must keep them.
            var json = """{"kind":"actor","id":"a","latitude":1,"longitude":2,"extra":[1]}""";
            var read = JsonSerializer.Deserialize(json, info);
            ((UnknownMembers?)property.GetValue(read)).Should().ContainKey("extra", $"the converter of {type.Name} should keep unknown members");
        }
    }

    [Theory]
    [MemberData(nameof(RecordDataTypes))]
    public void Objects_held_outside_lists_report_broken_invariants_with_their_path(Type type)
    {
        var info = NegotiationJson.Options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => !p.IsExtensionData))
        {
            var held = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (held.IsClass && held != typeof(string) && NegotiationJson.Options.GetTypeInfo(held).Kind == JsonTypeInfoKind.Object)
            {
                JsonFormat.NestedObjectTypes.Should().Contain(held, $"{type.Name}.{property.Name} holds a {held.Name} outside a list: add it to JsonFormat.NestedObjectConverters");
            }
        }
    }

    [Fact]
    public void Every_identifier_type_is_declared_through_the_attribute_and_each_kind_has_one()
    {
        var identifiers = Library.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(NegotiationModel.Identifiers.IEntityId<>)))
            .ToList();

        foreach (var type in identifiers)
        {
            var declared = type.GetCustomAttribute<NegotiationModel.Identifiers.EntityIdAttribute>();
            declared.Should().NotBeNull($"{type.Name} should be declared as [EntityId(kind)] partial record struct, so the generator writes it");
            type.GetProperty("Kind", BindingFlags.Public | BindingFlags.Static)!.GetValue(null).Should().Be(declared!.Kind);
        }

        identifiers.Select(t => t.GetCustomAttribute<NegotiationModel.Identifiers.EntityIdAttribute>()!.Kind)
            .Should().BeEquivalentTo(Enum.GetValues<EntityKind>(), "every kind of entity has exactly one identifier type");
    }

    [Fact]
    public void An_entity_its_identifier_and_its_kind_share_one_name()
    {
        // NamedLine, NamedLineId, EntityKind.NamedLine: the identifier is the entity's type name + "Id" and the kind
        // is the entity's type name, whatever shorter word JSON writes for the kind ("line").
        var typeNames = Library.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var identifiers = Library.GetExportedTypes().Where(t => t.GetCustomAttribute<NegotiationModel.Identifiers.EntityIdAttribute>() is not null);
        var entities = Library.GetExportedTypes().Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RecordEntity<>));

        var mismatches = identifiers
            .Select(id => (Id: id.Name, Kind: id.GetCustomAttribute<NegotiationModel.Identifiers.EntityIdAttribute>()!.Kind.ToString()))
            .Where(pair => pair.Id != $"{pair.Kind}Id" || !typeNames.Contains(pair.Kind))
            .Select(pair => $"{pair.Id} identifies EntityKind.{pair.Kind}")
            .Concat(entities
                .Where(entity => $"{entity.Name}Id" != entity.BaseType!.GetGenericArguments()[0].Name)
                .Select(entity => $"{entity.Name} is identified by {entity.BaseType!.GetGenericArguments()[0].Name}"));

        mismatches.Should().BeEmpty("an identifier is named after its entity + \"Id\", and the kind after the entity");
        entities.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Every_entity_is_found_by_its_identifier_with_its_own_type(Type type)
    {
        var id = type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.PropertyType;
        var find = typeof(NegotiationRecord).GetMethod(nameof(NegotiationRecord.Find), [id]);

        find.Should().NotBeNull($"NegotiationRecord.Find({id.Name}) should be generated");
        find!.ReturnType.IsAssignableFrom(type).Should().BeTrue($"Find({id.Name}) should return what holds a {type.Name}");
        find.ReturnType.Should().NotBe<IRecordEntity>();
    }

    [Fact]
    public void No_public_signature_uses_BCL_date_and_time_types()
    {
        Type[] banned = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly)];
        var offenders = Library.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => SignatureTypes(m).Any(t => banned.Contains(Nullable.GetUnderlyingType(t) ?? t)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        offenders.Should().BeEmpty("public signatures use NodaTime types");
    }

    // An abstract member only this assembly can override closes the hierarchy to every other assembly; so do
    // constructors that only this assembly can call (RecordEntity<TId>, the base of the entities, whose
    // abstract member, Id, is public).
    private static bool IsClosedHierarchy(Type type)
        => type.GetMembers(BindingFlags.Instance | BindingFlags.NonPublic).OfType<MethodInfo>().Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly))
            || type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(c => !c.IsDefined(typeof(CompilerGeneratedAttribute)) && !IsCopyConstructor(c))
                .All(c => c.IsAssembly || c.IsFamilyAndAssembly || c.IsPrivate);

    // A record's copy constructor is protected by design; `with` is all it serves.
    private static bool IsCopyConstructor(ConstructorInfo constructor)
        => constructor.GetParameters() is [var only] && only.ParameterType == constructor.DeclaringType;

    internal static HashSet<Type> RecordDataTypesOf()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(NegotiationRecord)]);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (IsValueList(type))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            if (type.Assembly != Library || type.IsEnum || !found.Add(type))
            {
                continue;
            }

            var info = NegotiationJson.Options.GetTypeInfo(type);
            foreach (var property in info.Properties.Where(p => !p.IsExtensionData))
            {
                pending.Push(property.PropertyType);
            }

            foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                pending.Push(derived.DerivedType);
            }
        }

        // Abstract bases are covered through their kinds; types written as strings have no properties to walk.
        found.RemoveWhere(t => t.IsAbstract);
        return found;
    }

    private static IEnumerable<Type> ModelTypesOf() => Library.GetExportedTypes().Where(t =>
        !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !t.IsGenericTypeDefinition
        && t.Namespace != typeof(NegotiationJson).Namespace
        && (t.GetMethod("<Clone>$") is not null || (t.IsValueType && ImplementsEquatable(t))));

    private static bool ImplementsEquatable(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>));

    private static bool IsValueList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>);

    private static bool IsImmutableType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri))
        {
            return true;
        }

        if (IsValueList(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            return IsImmutableType(type.GetGenericArguments()[0]);
        }

        if (type.Assembly == typeof(Instant).Assembly)
        {
            return type.IsValueType || type == typeof(DateTimeZone) || type == typeof(Period);
        }

        // Types of this library are checked on their own by the same test.
        return type.Assembly == Library && (type.IsValueType || type.IsSealed || type.IsAbstract);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        MethodBase method => method.GetParameters().Select(p => p.ParameterType).Concat(method is MethodInfo m ? [m.ReturnType] : []),
        _ => [],
    };

    /// <summary>Reads the library's XML documentation file, which the build copies beside the tests.</summary>
    private static class Documentation
    {
        private static readonly Lazy<XDocument> File = new(() => XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")));

        public static string Remarks(Type type)
        {
            var id = "T:" + type.FullName!.Replace('+', '.');
            var member = File.Value.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == id);
            return member?.Element("remarks")?.Value ?? string.Empty;
        }
    }
}
