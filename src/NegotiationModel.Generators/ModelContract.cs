namespace NegotiationModel.Generators;

/// <summary>
/// What the generators that follow the JSON contract (the record walk, the writer, the reader) read from the model's types, in
/// one place: which members the contract holds, in its order and under its names, and what a member's type is to it.
/// </summary>
/// <remarks>
/// The order and the names are the ones System.Text.Json gives the contract: the members a type declares before
/// those of its base types, each type's in declaration order, then sorted (stably) by <c>[JsonPropertyOrder]</c>;
/// public properties and <c>[JsonInclude]</c> ones, less <c>[JsonIgnore]</c> and extension data; named by
/// <c>[JsonPropertyName]</c>, else in camelCase as <c>JsonNamingPolicy.CamelCase</c> converts.
/// <c>RecordWalkerContractTest</c> and <c>RecordWriterContractTest</c> hold the generated code to the contract.
/// </remarks>
internal static class ModelContract
{
    /// <summary>How a member's type is read, written and walked.</summary>
    public enum Shape
    {
        Leaf,
        LeafWithUnknownMembers,
        Identifier,
        Reference,
        Time,
        Object,
        Unsupported,
    }

    /// <summary>Returns the shape of a member's type, with its element (a list's, a nullable's underlying type).</summary>
    public static Shape ShapeOf(ITypeSymbol type, IAssemblySymbol assembly, out INamedTypeSymbol? element, out bool isList)
    {
        isList = false;
        element = null;
        if (type is INamedTypeSymbol { IsGenericType: true } list && list.OriginalDefinition.ToDisplayString() == "NegotiationModel.ValueList<T>")
        {
            isList = true;
            type = list.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is not INamedTypeSymbol named)
        {
            return type.SpecialType == SpecialType.System_Object ? Shape.Leaf : Shape.Unsupported;
        }

        element = named;
        if (IsIdentifier(named))
        {
            return Shape.Identifier;
        }

        if (named.ToDisplayString() == "NegotiationModel.EntityReference")
        {
            return Shape.Reference;
        }

        if (IsWhen(named))
        {
            return Shape.Time;
        }

        if (!SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly) || named.TypeKind == TypeKind.Enum)
        {
            return named.IsGenericType && named.SpecialType == SpecialType.None && named.ContainingNamespace.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal)
                ? Shape.Unsupported
                : Shape.Leaf;
        }

        if (named.TypeKind == TypeKind.Struct)
        {
            return Members(named).Any(p => p.Name == "UnknownMembers") ? Shape.LeafWithUnknownMembers : Shape.Leaf;
        }

        return named.TypeKind == TypeKind.Class ? Shape.Object : Shape.Unsupported;
    }

    /// <summary>Tells whether a type is an entity of the record (it implements <c>IRecordEntity</c>).</summary>
    public static bool IsEntity(INamedTypeSymbol type) => type.AllInterfaces.Any(i => i.ToDisplayString() == "NegotiationModel.IRecordEntity");

    /// <summary>
    /// Tells whether a type is a typed identifier: it implements <c>IEntityId&lt;TSelf&gt;</c>, or asks for it with
    /// <c>[EntityId]</c> when another generator writes the rest of it.
    /// </summary>
    public static bool IsIdentifier(INamedTypeSymbol type) => type.TypeKind == TypeKind.Struct
        && (type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "NegotiationModel.Identifiers.IEntityId<TSelf>")
            || type.GetAttributes().Any(a => a.AttributeClass?.Name == "EntityIdAttribute"));

    /// <summary>Tells whether a type is <c>When</c> or one of its kinds.</summary>
    public static bool IsWhen(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "When" && t.ContainingNamespace.ToDisplayString() == "NegotiationModel.Time")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a type keeps the unknown members of its JSON object (it has an <c>UnknownMembers</c> property).</summary>
    public static bool HasUnknownMembers(INamedTypeSymbol type) => Members(type).Any(p => p.Name == "UnknownMembers");

    /// <summary>Returns the element type of a <c>ValueList&lt;T&gt;</c>, or null when the type is not one.</summary>
    public static ITypeSymbol? ListElement(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true } list && list.OriginalDefinition.ToDisplayString() == "NegotiationModel.ValueList<T>"
            ? list.TypeArguments[0]
            : null;

    /// <summary>Returns the underlying type of a <c>Nullable&lt;T&gt;</c>, or null when the type is not one.</summary>
    public static ITypeSymbol? NullableUnderlying(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : null;

    /// <summary>Returns the kinds of a polymorphic type, from its <c>[JsonDerivedType]</c>s, each with its discriminator.</summary>
    public static IReadOnlyList<(INamedTypeSymbol Type, string? Discriminator)> DerivedTypes(INamedTypeSymbol type)
        => type.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonDerivedTypeAttribute")
            .Select(a => (Type: a.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol, Discriminator: a.ConstructorArguments.Skip(1).FirstOrDefault().Value as string))
            .Where(d => d.Type is not null)
            .Select(d => (d.Type!, d.Discriminator))
            .ToList();

    /// <summary>Returns the name of a polymorphic type's discriminator member (<c>[JsonPolymorphic]</c>'s, else <c>$type</c>).</summary>
    public static string DiscriminatorName(INamedTypeSymbol type)
        => Named(type.GetAttributes(), "JsonPolymorphicAttribute")?.NamedArguments.FirstOrDefault(a => a.Key == "TypeDiscriminatorPropertyName").Value.Value as string ?? "$type";

    /// <summary>Returns every property of a type and its base types, the most derived first.</summary>
    public static IEnumerable<IPropertySymbol> Members(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>())
            {
                yield return property;
            }
        }
    }

    /// <summary>Returns the members System.Text.Json writes, in its order: most derived type first, declaration order, then [JsonPropertyOrder].</summary>
    public static IEnumerable<(IPropertySymbol Property, string JsonName)> JsonProperties(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(IPropertySymbol Property, string JsonName, int Order)>();
        foreach (var property in Members(type))
        {
            if (property.IsStatic || property.IsIndexer || !names.Add(property.Name))
            {
                continue;
            }

            var attributes = property.GetAttributes();
            var isPublic = property.DeclaredAccessibility == Accessibility.Public && property.GetMethod?.DeclaredAccessibility == Accessibility.Public;
            if ((!isPublic && !Has(attributes, "JsonIncludeAttribute")) || property.GetMethod is null
                || Has(attributes, "JsonExtensionDataAttribute") || IsIgnored(attributes))
            {
                continue;
            }

            var jsonName = Named(attributes, "JsonPropertyNameAttribute")?.ConstructorArguments[0].Value as string ?? CamelCase(property.Name);
            var order = Named(attributes, "JsonPropertyOrderAttribute")?.ConstructorArguments[0].Value as int? ?? 0;
            found.Add((property, jsonName, order));
        }

        return found.OrderBy(p => p.Order).Select(p => (p.Property, p.JsonName));
    }

    /// <summary>
    /// The JSON names of a type's public properties that <c>[JsonIgnore]</c> leaves out of the contract: System.Text.Json
    /// skips a member of that name when reading, rather than keep it as an unknown member.
    /// </summary>
    public static IEnumerable<string> IgnoredNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Members(type))
        {
            if (!property.IsStatic && !property.IsIndexer && names.Add(property.Name)
                && property.DeclaredAccessibility == Accessibility.Public && IsIgnored(property.GetAttributes()))
            {
                yield return CamelCase(property.Name);
            }
        }
    }

    public static bool IsIgnored(IEnumerable<AttributeData> attributes)
    {
        var ignore = Named(attributes, "JsonIgnoreAttribute");
        if (ignore is null)
        {
            return false;
        }

        // JsonIgnoreCondition.Always (1) is the default; the conditional ones still write the member.
        var condition = ignore.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value;
        return condition.IsNull || condition.Value is 1;
    }

    public static bool Has(IEnumerable<AttributeData> attributes, string name) => Named(attributes, name) is not null;

    public static AttributeData? Named(IEnumerable<AttributeData> attributes, string name)
        => attributes.FirstOrDefault(a => a.AttributeClass?.Name == name && a.AttributeClass.ContainingNamespace.ToDisplayString() == "System.Text.Json.Serialization");

    // JsonNamingPolicy.CamelCase's conversion: the leading run of capitals is lowered, but the last of a run
    // that a lower-case letter follows keeps its capital ("URLValue" becomes "urlValue").
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
