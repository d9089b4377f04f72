using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationModel.Generators;

/// <summary>
/// Writes the typed record walk (<c>RecordWalker</c>) from the model's types: one method per type the JSON
/// contract reaches from the root, visiting its members in the contract's order under their JSON names, so that
/// a member or an entity added to the model is walked without anyone listing it.
/// </summary>
/// <remarks>
/// <para>The order and the names are the contract's, as <see cref="ModelContract"/> reads them.
/// <c>RecordWalkerContractTest</c> compares the walk with one driven by the contract's metadata.</para>
/// <para>What a member holds decides what the walk does with it: an identifier (a struct implementing
/// <c>IEntityId&lt;TSelf&gt;</c>) or an <c>EntityReference</c> is a reference, a <c>When</c> a time, a class of
/// this assembly an object walked in turn (an entity when it implements <c>IRecordEntity</c>; an abstract one
/// through its <c>[JsonDerivedType]</c>s), any other value a leaf, whose unknown members alone are reported.
/// A shape the walk cannot take (a list of times, a dictionary) stops the build with <c>#error</c>.</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class RecordWalkGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => RootGenerator.Register(context, "Walk", "the typed walk of the JSON contract", static (root, compilation) => new WalkWriter(compilation.Assembly).Write(root));

    private sealed class WalkWriter(IAssemblySymbol assembly)
    {
        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

        private static readonly SymbolDisplayFormat WithNullable = Qualified.WithMiscellaneousOptions(
            Qualified.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private readonly List<INamedTypeSymbol> pending = [];
        private readonly HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> entityRoots = [];
        private readonly StringBuilder methods = new();
        private readonly List<string> memberNames = [];
        private readonly Dictionary<string, int> memberNumbers = new(StringComparer.Ordinal);
        private readonly StringBuilder rootParts = new();
        private INamedTypeSymbol? root;

        public string Write(INamedTypeSymbol root)
        {
            this.root = root;
            Reach(root);
            for (var i = 0; i < pending.Count; i++)
            {
                WriteMethod(pending[i]);
            }

            var dispatch = new StringBuilder();
            dispatch.AppendLine("    /// <summary>Walks one entity, of any kind, from its own type.</summary>");
            dispatch.AppendLine("    private void WalkAny(global::NegotiationModel.IRecordEntity entity, int at)");
            dispatch.AppendLine("    {");
            dispatch.AppendLine("        switch (entity)");
            dispatch.AppendLine("        {");
            foreach (var entity in entityRoots)
            {
                dispatch.AppendLine($"            case {entity.ToDisplayString(Qualified)} x: Walk(x, at); break;");
            }

            dispatch.AppendLine("            default: throw new global::System.ArgumentException($\"The walk does not know entities of type {entity.GetType()}.\", nameof(entity));");
            dispatch.AppendLine("        }");
            dispatch.AppendLine("    }");
            dispatch.AppendLine();
            dispatch.AppendLine("    /// <summary>Gets the JSON names of the members the walk steps into, by the number a step of a path keeps instead of the name.</summary>");
            dispatch.AppendLine("    internal static global::System.ReadOnlySpan<string> MemberNames => s_memberNames;");
            dispatch.AppendLine();
            dispatch.Append("    private static readonly string[] s_memberNames = [");
            dispatch.Append(string.Join(", ", memberNames.Select(n => SymbolDisplay.FormatLiteral(n, quote: true))));
            dispatch.AppendLine("];");
            dispatch.AppendLine();
            return dispatch.ToString() + rootParts + methods;
        }

        private void Reach(INamedTypeSymbol type)
        {
            if (seen.Add(type))
            {
                pending.Add(type);
            }
        }

        private void WriteMethod(INamedTypeSymbol type)
        {
            var name = type.ToDisplayString(Qualified);
            var m = methods;
            m.AppendLine($"    private void Walk({name} value, int at)");
            m.AppendLine("    {");
            if (type.IsAbstract)
            {
                WriteDispatch(type);
                m.AppendLine("    }");
                m.AppendLine();
                return;
            }

            var isEntity = ModelContract.IsEntity(type);
            var properties = ModelContract.JsonProperties(type).ToList();
            if (SymbolEqualityComparer.Default.Equals(type, root))
            {
                WriteRoot(type, properties);
                return;
            }

            var idProperty = properties.Select(p => p.Property).FirstOrDefault(p => p.Name == "Id" && ModelContract.ShapeOf(p.Type, assembly, out _, out var isList) == ModelContract.Shape.Identifier && !isList);
            if (isEntity)
            {
                m.AppendLine("        if (!Enter(value, at, out var previous))");
                m.AppendLine("        {");
                m.AppendLine("            return;");
                m.AppendLine("        }");
                m.AppendLine();
            }
            else if (idProperty is not null)
            {
                // A part identified like an entity (a proposal's phase) is defined where it stands, but what it says belongs to its owner.
                m.AppendLine("        Define(value.Id, value, at);");
            }
            else
            {
                m.AppendLine("        Object(value, at);");
            }

            foreach (var (property, jsonName) in properties)
            {
                if (idProperty is not null && SymbolEqualityComparer.Default.Equals(property, idProperty))
                {
                    continue;
                }

                WriteMember(type, property, jsonName, $"value.{property.Name}");
            }

            var hasUnknown = ModelContract.Members(type).Any(p => p.Name == "UnknownMembers");
            if (isEntity)
            {
                m.AppendLine("        Leave(previous, value.UnknownMembers);");
            }
            else if (hasUnknown)
            {
                m.AppendLine("        Unknown(value.UnknownMembers);");
            }

            m.AppendLine("    }");
            m.AppendLine();
        }

        private void WriteDispatch(INamedTypeSymbol type)
        {
            var derived = ModelContract.DerivedTypes(type).Select(d => d.Type).ToList();
            if (derived.Count == 0)
            {
                methods.AppendLine($"#error The record walk cannot walk the abstract type {type.ToDisplayString()}: it names no [JsonDerivedType].");
                return;
            }

            methods.AppendLine("        switch (value)");
            methods.AppendLine("        {");
            foreach (var kind in derived)
            {
                Reach(kind);
                methods.AppendLine($"            case {kind.ToDisplayString(Qualified)} x: Walk(x, at); break;");
            }

            methods.AppendLine($"            default: throw new global::System.ArgumentException($\"The walk does not know {{value.GetType()}}.\", nameof(value));");
            methods.AppendLine("        }");
        }

        // The root's walk is made of parts, one per member (per element of a list member), which the generated reader calls
        // as it builds each, while it is in the cache (RecordWalker.ForReading); the walk of a whole record calls the same parts.
        private void WriteRoot(INamedTypeSymbol type, List<(IPropertySymbol Property, string JsonName)> properties)
        {
            var m = methods;
            m.AppendLine("        Object(value, at);");
            var position = 0;
            foreach (var (property, jsonName) in properties)
            {
                position++;
                var shape = ModelContract.ShapeOf(property.Type, assembly, out _, out var isList);
                if (shape == ModelContract.Shape.Leaf)
                {
                    continue;
                }

                if (isList && shape != ModelContract.Shape.Object)
                {
                    // Not a shape the root holds today: the walk of the whole record takes it as any type's member, and a walk
                    // fed by the reader is given up (the part says so).
                    WriteMember(type, property, jsonName, $"value.{property.Name}");
                    WriteRootElement(type, property, jsonName, shape, position);
                }
                else if (isList)
                {
                    m.AppendLine("        {");
                    m.AppendLine($"            var items = value.{property.Name};");
                    m.AppendLine("            for (var i = 0; i < items.Count; i++)");
                    m.AppendLine("            {");
                    m.AppendLine($"                Root{property.Name}(items[i], i);");
                    m.AppendLine("            }");
                    m.AppendLine("        }");
                    WriteRootElement(type, property, jsonName, shape, position);
                }
                else
                {
                    m.AppendLine($"        Root{property.Name}(value.{property.Name});");
                    WriteRootMember(type, property, jsonName, position);
                }
            }

            m.AppendLine("        RootEnd(value);");
            m.AppendLine("    }");
            m.AppendLine();

            var r = rootParts;
            r.AppendLine("    /// <summary>Walks what the root's walk reports after its members.</summary>");
            r.AppendLine($"    internal void RootEnd({type.ToDisplayString(Qualified)} value)");
            r.AppendLine("    {");
            if (ModelContract.Members(type).Any(p => p.Name == "UnknownMembers"))
            {
                r.AppendLine("        Unknown(value.UnknownMembers);");
            }
            else
            {
                r.AppendLine("        _ = value;");
            }

            r.AppendLine("    }");
            r.AppendLine();
        }

        private void WriteRootElement(INamedTypeSymbol type, IPropertySymbol property, string jsonName, ModelContract.Shape shape, int position)
        {
            var r = rootParts;
            var element = ((INamedTypeSymbol)property.Type).TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            var text = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
            r.AppendLine($"    /// <summary>Walks element <paramref name=\"index\"/> of the root's <c>{jsonName}</c>, as the walk of the whole record does.</summary>");
            r.AppendLine($"    internal void Root{property.Name}({element.ToDisplayString(Qualified)} item, int index)");
            r.AppendLine("    {");
            r.AppendLine($"        Order({text});");
            if (shape == ModelContract.Shape.Object)
            {
                Reach((INamedTypeSymbol)element);
                NoteEntityRoot((INamedTypeSymbol)element);
                r.AppendLine("        if (index == 0)");
                r.AppendLine("        {");
                r.AppendLine($"            rootList{text} = Member(PathTable.Root, {NumberOf(jsonName)});");
                r.AppendLine("        }");
                r.AppendLine();
                r.AppendLine($"        Walk(item, Element(rootList{text}, index));");
                r.AppendLine("    }");
                r.AppendLine();
                r.AppendLine($"    private int rootList{text};");
            }
            else
            {
                r.AppendLine("        Unsure();");
                r.AppendLine("    }");
            }

            r.AppendLine();
        }

        private void WriteRootMember(INamedTypeSymbol type, IPropertySymbol property, string jsonName, int position)
        {
            var saved = methods.Length;
            WriteMember(type, property, jsonName, "part");
            var body = methods.ToString(saved, methods.Length - saved);
            methods.Length = saved;
            var r = rootParts;
            r.AppendLine($"    /// <summary>Walks the root's <c>{jsonName}</c>, as the walk of the whole record does.</summary>");
            r.AppendLine($"    internal void Root{property.Name}({property.Type.ToDisplayString(WithNullable)} part)");
            r.AppendLine("    {");
            r.AppendLine($"        Order({position.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
            r.AppendLine("        const int at = PathTable.Root;");
            r.Append(body);
            r.AppendLine("    }");
            r.AppendLine();
        }

        private void WriteMember(INamedTypeSymbol owner, IPropertySymbol property, string jsonName, string get)
        {
            var m = methods;
            var name = NumberOf(jsonName);
            var shape = ModelContract.ShapeOf(property.Type, assembly, out var element, out var isList);
            var isNullableValue = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            switch (shape)
            {
                case ModelContract.Shape.Leaf:
                    break;
                case ModelContract.Shape.LeafWithUnknownMembers when !isList:
                    m.AppendLine($"        Unknown({get}{(isNullableValue ? "?" : string.Empty)}.UnknownMembers);");
                    break;
                case ModelContract.Shape.Identifier:
                    m.AppendLine($"        {(isList ? "Ids" : "Id")}({get}, at, {name});");
                    break;
                case ModelContract.Shape.Reference when isList:
                    m.AppendLine($"        References({get}, at, {name});");
                    break;
                case ModelContract.Shape.Reference:
                    m.AppendLine(isNullableValue
                        ? $"        if ({get} is {{ }} reference{property.Name}) {{ Reference(reference{property.Name}, Member(at, {name})); }}"
                        : $"        Reference({get}, Member(at, {name}));");
                    break;
                case ModelContract.Shape.Time when !isList:
                    m.AppendLine($"        When({get}, at, {name});");
                    break;
                case ModelContract.Shape.Object when isList:
                    Reach(element!);
                    m.AppendLine("        {");
                    m.AppendLine($"            var items = {get};");
                    m.AppendLine("            if (items.Count > 0)");
                    m.AppendLine("            {");
                    m.AppendLine($"                var list = Member(at, {name});");
                    m.AppendLine("                for (var i = 0; i < items.Count; i++)");
                    m.AppendLine("                {");
                    m.AppendLine("                    Walk(items[i], Element(list, i));");
                    m.AppendLine("                }");
                    m.AppendLine("            }");
                    m.AppendLine("        }");
                    NoteEntityRoot(element!);
                    break;
                case ModelContract.Shape.Object:
                    Reach(element!);
                    m.AppendLine($"        if ({get} is {{ }} member{property.Name}) {{ Walk(member{property.Name}, Member(at, {name})); }}");
                    NoteEntityRoot(element!);
                    break;
                default:
                    m.AppendLine($"#error The record walk cannot walk {owner.ToDisplayString()}.{property.Name} of type {property.Type.ToDisplayString()}.");
                    break;
            }
        }

        // Steps of a path keep a member's number, not its name: a table of steps without references is half the size,
        // is written without the garbage collector's write barrier and is never scanned by it.
        private string NumberOf(string jsonName)
        {
            if (!memberNumbers.TryGetValue(jsonName, out var number))
            {
                number = memberNames.Count;
                memberNames.Add(jsonName);
                memberNumbers.Add(jsonName, number);
            }

            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return jsonName.All(char.IsLetterOrDigit) ? $"{text} /* {jsonName} */" : text;
        }

        private void NoteEntityRoot(INamedTypeSymbol type)
        {
            if (ModelContract.IsEntity(type) && !entityRoots.Contains(type, SymbolEqualityComparer.Default))
            {
                entityRoots.Add(type);
            }
        }
    }
}
