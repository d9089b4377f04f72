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

        private readonly List<INamedTypeSymbol> pending = [];
        private readonly HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> entityRoots = [];
        private readonly StringBuilder methods = new();
        private readonly List<string> memberNames = [];
        private readonly Dictionary<string, int> memberNumbers = new(StringComparer.Ordinal);

        public string Write(INamedTypeSymbol root)
        {
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
            return dispatch.ToString() + methods;
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

                WriteMember(type, property, jsonName);
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

        private void WriteMember(INamedTypeSymbol owner, IPropertySymbol property, string jsonName)
        {
            var m = methods;
            var get = $"value.{property.Name}";
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
