using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace NegotiationModel.Generators;

/// <summary>
/// Writes the one-pass reader of the JSON contract (<c>RecordReader</c>) from the model's types: for each type the
/// contract reaches from the root, a method that reads its members from a <c>Utf8JsonReader</c> into typed locals,
/// switching on the member name's bytes, and builds the object through the constructor and <c>init</c> accessors the
/// contract uses.
/// </summary>
/// <remarks>
/// <para>The reader only has to recognise valid input: on anything it is not sure of (a failed check, a duplicate
/// member, an escaped member name, a missing required member, a broken invariant, a provision whose <c>"kind"</c> is
/// not its first member) it throws, and the caller reads the document again with the System.Text.Json contract,
/// which reports the error. Members, names, order, constructors and polymorphism come from
/// <see cref="ModelContract"/>, as for the record walk; leaf values (identifiers, enums, times, references...) are
/// read by the cores of the converters the contract uses, written by hand in <c>RecordReader.cs</c>.</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class RecordReaderGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => RootGenerator.Register(context, "Reader", "the one-pass reader of the JSON contract", static (root, compilation) => new ReaderWriter(compilation).Write(root));

    private sealed partial class ReaderWriter(Compilation compilation)
    {
        private const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader, ref ReadState state";
        private const string Args = "ref reader, ref state";
        private const string Token = "global::System.Text.Json.JsonTokenType";

        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat NotNull = SymbolDisplayFormat.FullyQualifiedFormat;

        private readonly IAssemblySymbol assembly = compilation.Assembly;
        private readonly HashSet<ITypeSymbol> convertedTypes = ConvertedTypes(compilation);
        private readonly List<INamedTypeSymbol> pending = [];
        private readonly HashSet<INamedTypeSymbol> seen = new(SymbolEqualityComparer.Default);
        private readonly List<ITypeSymbol> listElements = [];
        private readonly HashSet<INamedTypeSymbol> polymorphicKinds = new(SymbolEqualityComparer.Default);
        private readonly StringBuilder methods = new();
        private readonly StringBuilder rootLists = new();
        private INamedTypeSymbol? root;

        public string Write(INamedTypeSymbol root)
        {
            this.root = root;
            Reach(root);
            for (var i = 0; i < pending.Count; i++)
            {
                WriteObject(pending[i]);
            }

            for (var i = 0; i < listElements.Count; i++)
            {
                WriteList(listElements[i]);
            }

            var roots = new StringBuilder();
            roots.AppendLine("    /// <summary>Reads a root value of type <typeparamref name=\"T\"/>, when the reader knows that type.</summary>");
            roots.AppendLine($"    private static bool TryReadRoot<T>({Reader}, out T? value)");
            roots.AppendLine("        where T : class");
            roots.AppendLine("    {");
            foreach (var type in pending)
            {
                var name = type.ToDisplayString(NotNull);
                roots.AppendLine($"        if (typeof(T) == typeof({name}))");
                roots.AppendLine("        {");
                roots.AppendLine($"            Read({Args}, out {name} root);");
                roots.AppendLine("            value = (T)(object)root;");
                roots.AppendLine("            return true;");
                roots.AppendLine("        }");
                roots.AppendLine();
            }

            roots.AppendLine("        value = null;");
            roots.AppendLine("        return false;");
            roots.AppendLine("    }");
            roots.AppendLine();
            return roots.ToString() + rootLists + methods;
        }

        // The types System.Text.Json reads with a converter of the context's list (other than lists): leaves to this reader.
        private static HashSet<ITypeSymbol> ConvertedTypes(Compilation compilation)
        {
            var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var context = compilation.GetTypeByMetadataName("NegotiationModel.Serialization.NegotiationJsonContext");
            var options = context?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonSourceGenerationOptionsAttribute");
            var converters = options?.NamedArguments.FirstOrDefault(a => a.Key == "Converters").Value;
            if (converters is not { Kind: TypedConstantKind.Array } list)
            {
                return types;
            }

            foreach (var converter in list.Values.Select(v => v.Value).OfType<INamedTypeSymbol>())
            {
                for (var t = converter.BaseType; t is not null; t = t.BaseType)
                {
                    if (t.IsGenericType && t.OriginalDefinition.ToDisplayString() == "System.Text.Json.Serialization.JsonConverter<T>")
                    {
                        var converted = t.TypeArguments[0];
                        if (converted.OriginalDefinition.ToDisplayString() != "NegotiationModel.ValueList<T>")
                        {
                            types.Add(converted);
                        }

                        break;
                    }
                }
            }

            return types;
        }

        private void Reach(INamedTypeSymbol type)
        {
            if (seen.Add(type))
            {
                pending.Add(type);
            }
        }

        private void WriteObject(INamedTypeSymbol type)
        {
            var name = type.ToDisplayString(NotNull);
            var m = methods;
            m.AppendLine($"    internal static void Read({Reader}, out {name} value)");
            m.AppendLine("    {");
            m.AppendLine($"        if (reader.TokenType != {Token}.StartObject)");
            m.AppendLine("        {");
            m.AppendLine("            throw ReadState.Refuse();");
            m.AppendLine("        }");
            m.AppendLine();
            if (type.IsAbstract)
            {
                WriteDispatch(type);
            }
            else
            {
                m.AppendLine($"        ReadMembers({Args}, out value);");
            }

            m.AppendLine("    }");
            m.AppendLine();
            if (!type.IsAbstract)
            {
                WriteMembers(type);
            }
        }

        // A polymorphic object is read when its discriminator comes first, as the canonical form writes it; anywhere
        // else, the contract reads it.
        private void WriteDispatch(INamedTypeSymbol type)
        {
            var m = methods;
            var polymorphic = ModelContract.Named(type.GetAttributes(), "JsonPolymorphicAttribute");
            var discriminator = polymorphic?.NamedArguments.FirstOrDefault(a => a.Key == "TypeDiscriminatorPropertyName").Value.Value as string ?? "$type";
            var derived = type.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonDerivedTypeAttribute")
                .Select(a => (Type: a.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol, Kind: a.ConstructorArguments.Skip(1).FirstOrDefault().Value as string))
                .ToList();
            if (derived.Count == 0 || derived.Any(d => d.Type is null || d.Kind is null))
            {
                m.AppendLine($"#error The record reader cannot read the abstract type {type.ToDisplayString()}: it needs [JsonDerivedType]s with string discriminators.");
                return;
            }

            m.AppendLine($"        var kind = ReadState.Discriminator({Args}, {Utf8(discriminator)});");
            m.AppendLine("        switch (kind.Length)");
            m.AppendLine("        {");
            foreach (var group in derived.GroupBy(d => Encoding.UTF8.GetByteCount(d.Kind!)).OrderBy(g => g.Key))
            {
                m.AppendLine($"            case {group.Key.ToString(CultureInfo.InvariantCulture)}:");
                foreach (var (kindType, kindName) in group)
                {
                    Reach(kindType!);
                    polymorphicKinds.Add(kindType!);
                    m.AppendLine($"                if (global::System.MemoryExtensions.SequenceEqual(kind, {Utf8(kindName!)}))");
                    m.AppendLine("                {");
                    m.AppendLine($"                    ReadMembers({Args}, out {kindType!.ToDisplayString(NotNull)} derived);");
                    m.AppendLine("                    value = derived;");
                    m.AppendLine("                    return;");
                    m.AppendLine("                }");
                    m.AppendLine();
                }

                m.AppendLine("                break;");
            }

            m.AppendLine("        }");
            m.AppendLine();
            m.AppendLine("        throw ReadState.Refuse();");
        }

        private void WriteMembers(INamedTypeSymbol type)
        {
            var m = methods;
            var name = type.ToDisplayString(NotNull);
            var members = ModelContract.JsonProperties(type).Select((p, i) => new Member(p.Property, p.JsonName, i)).ToList();
            // A constructor parameter binds to the member of its name, ignoring case, as in System.Text.Json.
            var constructor = ConstructorOf(type);
            if (constructor is null)
            {
                m.AppendLine($"#error The record reader finds no constructor System.Text.Json would use for {type.ToDisplayString()}.");
                return;
            }

            var arguments = new List<string>();
            foreach (var parameter in constructor.Parameters)
            {
                var bound = members.FirstOrDefault(p => string.Equals(p.Property!.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (bound is null)
                {
                    m.AppendLine($"#error The record reader cannot bind the parameter {parameter.Name} of {type.ToDisplayString()}'s constructor to a member.");
                    return;
                }

                bound.Parameter = parameter;
                arguments.Add(parameter.HasExplicitDefaultValue && !IsDefaultValue(parameter)
                    ? $"{Seen(bound)} ? {bound.Local} : {DefaultLiteral(parameter)}"
                    : bound.Local);
            }

            foreach (var member in members)
            {
                Classify(type, member, constructor);
            }

            var ignored = ModelContract.IgnoredNames(type).Where(n => members.All(p => p.JsonName != n))
                .Select((n, i) => new Member(null, n, members.Count + i) { IsSkipped = true })
                .ToList();
            var words = Math.Max(1, (members.Count + ignored.Count + 63) / 64);
            m.AppendLine($"    private static void ReadMembers({Reader}, out {name} value)");
            m.AppendLine("    {");
            for (var w = 0; w < words; w++)
            {
                m.AppendLine($"        ulong seen{w} = 0;");
            }

            foreach (var member in members)
            {
                m.AppendLine($"        {member.Property!.Type.ToDisplayString(Qualified)} {member.Local} = default!;");
            }

            var hasUnknownMembers = ModelContract.Members(type).Any(p => p.Name == "UnknownMembers" && p.SetMethod is not null);
            m.AppendLine("        global::NegotiationModel.UnknownMembers? unknown = null;");
            m.AppendLine("        while (true)");
            m.AppendLine("        {");
            m.AppendLine("            var name = ReadState.NextMember(ref reader);");
            m.AppendLine("            if (name.IsEmpty && reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)");
            m.AppendLine("            {");
            m.AppendLine("                break;");
            m.AppendLine("            }");
            m.AppendLine();
            m.AppendLine("            switch (name.Length)");
            m.AppendLine("            {");
            foreach (var group in members.Concat(ignored).GroupBy(p => Encoding.UTF8.GetByteCount(p.JsonName)).OrderBy(g => g.Key))
            {
                m.AppendLine($"                case {group.Key.ToString(CultureInfo.InvariantCulture)}:");
                foreach (var member in group)
                {
                    var (word, bit) = Bit(member);
                    m.AppendLine($"                    if (global::System.MemoryExtensions.SequenceEqual(name, {Utf8(member.JsonName)}))");
                    m.AppendLine("                    {");
                    m.AppendLine($"                        if ((seen{word} & {bit}) != 0)");
                    m.AppendLine("                        {");
                    m.AppendLine("                            throw ReadState.Refuse();");
                    m.AppendLine("                        }");
                    m.AppendLine();
                    m.AppendLine($"                        seen{word} |= {bit};");
                    WriteValue(member, "                        ", SymbolEqualityComparer.Default.Equals(type, root));
                    m.AppendLine("                        continue;");
                    m.AppendLine("                    }");
                    m.AppendLine();
                }

                m.AppendLine("                    break;");
            }

            m.AppendLine("            }");
            m.AppendLine();
            if (polymorphicKinds.Contains(type))
            {
                // The discriminator came first; a second one is the contract's to refuse.
                m.AppendLine("            ReadState.RefuseDiscriminator(name);");
            }

            m.AppendLine($"            ReadState.Unknown({Args}, name, ref unknown);");
            m.AppendLine("        }");
            m.AppendLine();
            foreach (var member in members.Where(p => p.MustBePresent))
            {
                var (word, bit) = Bit(member);
                m.AppendLine($"        if ((seen{word} & {bit}) == 0)");
                m.AppendLine("        {");
                m.AppendLine("            throw ReadState.Refuse();");
                m.AppendLine("        }");
                m.AppendLine();
            }

            if (!hasUnknownMembers)
            {
                // System.Text.Json drops the unknown members of a type that has no place for them.
                m.AppendLine("        _ = unknown;");
            }

            m.AppendLine($"        value = new {name}({string.Join(", ", arguments)})");
            m.AppendLine("        {");
            foreach (var member in members.Where(p => p.IsSet))
            {
                m.AppendLine($"            {member.Property!.Name} = {member.Local},");
            }

            if (hasUnknownMembers)
            {
                m.AppendLine("            UnknownMembers = unknown,");
            }

            m.AppendLine("        };");
            m.AppendLine("    }");
            m.AppendLine();
        }
    }
}
