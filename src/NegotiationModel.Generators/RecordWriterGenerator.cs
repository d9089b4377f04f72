using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationModel.Generators;

/// <summary>
/// Writes the JSON writer of the model (<c>RecordWriter</c>) from the model's types: one method per type the JSON
/// contract reaches from the root, writing its members on a <c>Utf8JsonWriter</c> in the contract's order under
/// their JSON names, so that writing needs no contract metadata, no boxing and no converter look-ups, and a member
/// added to the model is written without anyone listing it.
/// </summary>
/// <remarks>
/// <para>What it writes is the contract's, as <see cref="ModelContract"/> reads it: absent values omitted (the
/// format's <c>WhenWritingNull</c>), as are empty lists and <see langword="false"/> flags (the format's
/// <c>OmitEmptyMembers</c>); unknown members after the known ones; a polymorphic object's discriminator first.
/// Leaf values are written by the converters' own static write cores (identifiers, enums, times, references,
/// amounts), and any other leaf by its converter in the format's options, so that no format is written twice.
/// <c>RecordWriterContractTest</c> requires the same bytes as System.Text.Json's contract.</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class RecordWriterGenerator : IIncrementalGenerator
{
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    private const string Serialization = "global::NegotiationModel.Serialization";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => RootGenerator.Register(context, "Writer", "the JSON writer of the contract", static (root, compilation) => new Methods(compilation.Assembly).Write(root));

    private sealed class Methods(IAssemblySymbol assembly)
    {
        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

        private readonly List<INamedTypeSymbol> pending = [];
        private readonly HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> entities = [];
        private readonly StringBuilder methods = new();
        private int local;

        // Set while the root's members are written as steps (WriteInSteps): each element of a list is then followed by a
        // yield, where an asynchronous caller may hand what is written so far to its stream.
        private bool yieldAfterElements;

        public string Write(INamedTypeSymbol root)
        {
            Reach(root);
            for (var i = 0; i < pending.Count; i++)
            {
                WriteMethods(pending[i]);
            }

            WriteInSteps(root);

            var m = new StringBuilder();
            m.AppendLine("    /// <summary>Writes one entity, of any kind the record holds, as the contract of its kind does (a provision with its kind).</summary>");
            m.AppendLine($"    public static void WriteEntity({Writer} writer, global::NegotiationModel.IRecordEntity entity)");
            m.AppendLine("    {");
            m.AppendLine("        switch (entity)");
            m.AppendLine("        {");
            foreach (var entity in entities)
            {
                m.AppendLine($"            case {entity.ToDisplayString(Qualified)} x: Write(writer, x); break;");
            }

            m.AppendLine("            default: throw new global::System.ArgumentException($\"The writer does not know entities of type {entity.GetType()}.\", nameof(entity));");
            m.AppendLine("        }");
            m.AppendLine("    }");
            m.AppendLine();

            return m.ToString() + methods;
        }

        private void Reach(INamedTypeSymbol type)
        {
            if (seen.Add(type))
            {
                pending.Add(type);
            }
        }

        private void WriteMethods(INamedTypeSymbol type)
        {
            var name = type.ToDisplayString(Qualified);
            var m = methods;
            if (type.IsAbstract)
            {
                WritePolymorphic(type, name);
                return;
            }

            m.AppendLine($"    /// <summary>Writes a <see cref=\"{type.OriginalDefinition.ToDisplayString().Replace('<', '{').Replace('>', '}')}\"/> as a JSON object.</summary>");
            m.AppendLine($"    public static void Write({Writer} writer, {name} value)");
            m.AppendLine("    {");
            m.AppendLine("        writer.WriteStartObject();");
            m.AppendLine("        WriteMembers(writer, value);");
            WriteUnknown(type, "value");
            m.AppendLine("        writer.WriteEndObject();");
            m.AppendLine("    }");
            m.AppendLine();

            m.AppendLine($"    private static void WriteMembers({Writer} writer, {name} value)");
            m.AppendLine("    {");
            foreach (var (property, jsonName) in ModelContract.JsonProperties(type))
            {
                WriteMember(type, property, jsonName);
            }

            m.AppendLine("    }");
            m.AppendLine();
        }

        // The root as Write writes it, as an iterator that pauses after each element of its lists: the generated writer is
        // synchronous, and this lets an asynchronous write hand the stream what it holds between entities instead of
        // keeping the whole document in memory.
        private void WriteInSteps(INamedTypeSymbol root)
        {
            var m = methods;
            m.AppendLine($"    /// <summary>Writes a <see cref=\"{root.ToDisplayString()}\"/> as <c>Write</c> does, pausing after each element of its lists.</summary>");
            m.AppendLine($"    public static global::System.Collections.Generic.IEnumerable<int> WriteInSteps({Writer} writer, {root.ToDisplayString(Qualified)} value)");
            m.AppendLine("    {");
            m.AppendLine("        writer.WriteStartObject();");
            yieldAfterElements = true;
            foreach (var (property, jsonName) in ModelContract.JsonProperties(root))
            {
                WriteMember(root, property, jsonName);
            }

            yieldAfterElements = false;
            WriteUnknown(root, "value");
            m.AppendLine("        writer.WriteEndObject();");
            m.AppendLine("    }");
            m.AppendLine();
        }

        private void WriteUnknown(INamedTypeSymbol type, string value)
        {
            if (ModelContract.HasUnknownMembers(type))
            {
                methods.AppendLine($"        {Serialization}.UnknownMemberIO.Write(writer, {value}.UnknownMembers);");
            }
        }

        private void WritePolymorphic(INamedTypeSymbol type, string name)
        {
            var m = methods;
            var derived = ModelContract.DerivedTypes(type);
            m.AppendLine($"    /// <summary>Writes a <see cref=\"{type.ToDisplayString()}\"/> of any kind as a JSON object, its discriminator first.</summary>");
            m.AppendLine($"    public static void Write({Writer} writer, {name} value)");
            m.AppendLine("    {");
            if (derived.Count == 0 || derived.Any(d => d.Discriminator is null))
            {
                m.AppendLine($"#error The writer cannot write the abstract type {type.ToDisplayString()}: it needs a [JsonDerivedType] with a string discriminator for each kind.");
            }

            var discriminator = Utf8(ModelContract.DiscriminatorName(type));
            m.AppendLine("        writer.WriteStartObject();");
            m.AppendLine("        switch (value)");
            m.AppendLine("        {");
            foreach (var (kind, kindName) in derived)
            {
                Reach(kind);
                m.AppendLine($"            case {kind.ToDisplayString(Qualified)} x:");
                m.AppendLine($"                writer.WriteString({discriminator}, {Utf8(kindName ?? string.Empty)});");
                m.AppendLine("                WriteMembers(writer, x);");
                m.AppendLine("                break;");
            }

            // System.Text.Json refuses a kind it does not know (JsonUnknownDerivedTypeHandling.FailSerialization) alike.
            m.AppendLine($"            default: throw new global::System.NotSupportedException($\"{{value.GetType()}} is not a kind of {type.Name} the format knows.\");");
            m.AppendLine("        }");
            m.AppendLine();
            WriteUnknown(type, "value");
            m.AppendLine("        writer.WriteEndObject();");
            m.AppendLine("    }");
            m.AppendLine();
        }

        private void WriteMember(INamedTypeSymbol owner, IPropertySymbol property, string jsonName)
        {
            var m = methods;
            var name = Utf8(jsonName);
            var get = $"value.{property.Name}";
            var type = property.Type;
            if (ModelContract.ListElement(type) is { } element)
            {
                // An empty list says nothing a missing member does not, so the format omits it.
                var items = Local("items");
                var i = Local("i");
                m.AppendLine("        {");
                m.AppendLine($"            var {items} = {get};");
                m.AppendLine($"            if (!{items}.IsEmpty)");
                m.AppendLine("            {");
                m.AppendLine($"                writer.WriteStartArray({name});");
                m.AppendLine($"                for (var {i} = 0; {i} < {items}.Count; {i}++)");
                m.AppendLine("                {");
                m.AppendLine($"                    {Value(owner, property, element, $"{items}[{i}]")}");
                if (yieldAfterElements)
                {
                    m.AppendLine("                    yield return 0;");
                }

                m.AppendLine("                }");
                m.AppendLine();
                m.AppendLine("                writer.WriteEndArray();");
                m.AppendLine("            }");
                m.AppendLine("        }");
                NoteEntity(element);
                return;
            }

            if (type.SpecialType == SpecialType.System_Boolean)
            {
                // A false flag is omitted like an empty list.
                m.AppendLine($"        if ({get}) {{ writer.WriteBoolean({name}, true); }}");
                return;
            }

            var underlying = ModelContract.NullableUnderlying(type);
            if (underlying is not null || type.IsReferenceType)
            {
                var x = Local("member");
                var held = underlying ?? type;
                m.AppendLine($"        if ({get} is {{ }} {x}) {{ writer.WritePropertyName({name}); {Value(owner, property, held, x)} }}");
                NoteEntity(held);
                return;
            }

            m.AppendLine($"        writer.WritePropertyName({name}); {Value(owner, property, type, get)}");
        }

        // The statement that writes one value of a member (or a list's element), its name already written.
        private string Value(INamedTypeSymbol owner, IPropertySymbol property, ITypeSymbol type, string value)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return $"writer.WriteStringValue({value});";
                case SpecialType.System_Boolean:
                    return $"writer.WriteBooleanValue({value});";
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Double:
                    return $"writer.WriteNumberValue({value});";
                case SpecialType.System_Decimal:
                    // Every decimal of the format is an exact amount, written as text (JsonFormat's WriteDecimalsAsText).
                    return $"{Serialization}.MoneyAmountJsonConverter.WriteCore(writer, {value});";
                case SpecialType.System_Object:
                    return $"#error The writer cannot write {owner.ToDisplayString()}.{property.Name}: a member of type object has no format.";
            }

            if (type is not INamedTypeSymbol named)
            {
                return $"#error The writer cannot write {owner.ToDisplayString()}.{property.Name} of type {type.ToDisplayString()}.";
            }

            var qualified = named.ToDisplayString(Qualified);
            if (ModelContract.IsIdentifier(named))
            {
                return $"{Serialization}.EntityIdJsonConverter<{qualified}>.WriteCore(writer, {value});";
            }

            if (ModelContract.IsWhen(named))
            {
                return $"{Serialization}.WhenJsonConverter.WriteCore(writer, {value});";
            }

            switch (named.ToDisplayString())
            {
                case "NegotiationModel.EntityReference":
                    return $"{Serialization}.EntityReferenceJsonConverter.WriteCore(writer, {value});";
                case "NegotiationModel.GeoCoordinates":
                    return $"{Serialization}.GeoCoordinatesJsonConverter.WriteCore(writer, {value});";
                case "NegotiationModel.JsonPath":
                    return $"{Serialization}.JsonPathJsonConverter.WriteCore(writer, {value});";
                case "NegotiationModel.SchemaVersion":
                    return $"{Serialization}.SchemaVersionJsonConverter.WriteCore(writer, {value});";
            }

            var own = SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly);
            if (own && named.TypeKind == TypeKind.Enum)
            {
                return $"{Serialization}.KebabCaseEnumConverter<{qualified}>.WriteCore(writer, {value});";
            }

            if (own && named.TypeKind == TypeKind.Class)
            {
                Reach(named);
                return $"Write(writer, {value});";
            }

            if (named.IsGenericType && named.ContainingNamespace.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal))
            {
                return $"#error The writer cannot write {owner.ToDisplayString()}.{property.Name} of type {type.ToDisplayString()}.";
            }

            // Any other leaf (NodaTime's values) through its converter in the format's options.
            return $"{Serialization}.JsonFormat.WriteLeaf<{qualified}>(writer, {value});";
        }

        private void NoteEntity(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named && ModelContract.IsEntity(named) && !entities.Contains(named, SymbolEqualityComparer.Default))
            {
                entities.Add(named);
            }
        }

        private string Local(string name) => $"{name}{local++}";

        private static string Utf8(string text) => SymbolDisplay.FormatLiteral(text, quote: true) + "u8";
    }
}
