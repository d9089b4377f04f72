using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationModel.Generators;

/// <content>How the reader reads each member's value: leaves through the converters' cores, objects and lists through methods of their own, and the root's lists element by element for the walk fed by the reader.</content>
public sealed partial class RecordReaderGenerator
{
    private sealed partial class ReaderWriter
    {
        private void WriteValue(Member member, string indent, bool ofRoot)
        {
            var m = methods;
            if (member.IsSkipped)
            {
                if (ofRoot)
                {
                    // The walk of the whole record walks what the property holds, which this reader does not read.
                    m.AppendLine($"{indent}state.Walk?.Unsure();");
                }

                m.AppendLine($"{indent}ReadState.Skip({Args});");
                return;
            }

            var type = member.Property!.Type;
            var read = ReadCall(type, member.Local, member.Property.Name == "Amount" && type.SpecialType == SpecialType.System_Decimal);

            // A member of the root goes to the walk's part for it (RecordWalker.ForReading) as soon as it is read: a list's
            // elements one by one, each as soon as it is built, while it is in the cache.
            var isList = false;
            var walked = ofRoot && ModelContract.ShapeOf(type, assembly, out _, out isList) != ModelContract.Shape.Leaf;
            if (walked && isList)
            {
                read = $"ReadRoot{member.Property.Name}({Args}, out {member.Local});";
                WriteRootList(member.Property);
            }
            else if (walked)
            {
                read += $" state.Walk?.Root{member.Property.Name}({member.Local});";
            }
            if (member.NullAllowed)
            {
                m.AppendLine($"{indent}if (reader.TokenType == {Token}.Null)");
                m.AppendLine($"{indent}{{");
                m.AppendLine($"{indent}    {member.Local} = null;");
                m.AppendLine($"{indent}}}");
                m.AppendLine($"{indent}else");
                m.AppendLine($"{indent}{{");
                m.AppendLine($"{indent}    {read}");
                m.AppendLine($"{indent}}}");
            }
            else
            {
                m.AppendLine($"{indent}{read}");
            }
        }

        // The statement that reads the value at the reader into the local; null is refused by every reader it calls.
        private string ReadCall(ITypeSymbol type, string local, bool isAmount)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var underlying = ((INamedTypeSymbol)type).TypeArguments[0];
                return $"{{ {LeafOrObjectCall(underlying, $"{underlying.ToDisplayString(NotNull)} {local}Value", isAmount)} {local} = {local}Value; }}";
            }

            if (type is INamedTypeSymbol { IsGenericType: true } list && list.OriginalDefinition.ToDisplayString() == "NegotiationModel.ValueList<T>")
            {
                var element = list.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                if (!listElements.Contains(element, SymbolEqualityComparer.Default))
                {
                    listElements.Add(element);
                }

                ReachElement(element);
                return $"Read({Args}, out {local});";
            }

            return LeafOrObjectCall(type, local, isAmount);
        }

        private void ReachElement(ITypeSymbol element)
        {
            if (IsObject(element))
            {
                Reach((INamedTypeSymbol)element);
            }
        }

        private string LeafOrObjectCall(ITypeSymbol type, string local, bool isAmount)
        {
            if (isAmount)
            {
                return $"ReadState.Amount({Args}, out {local});";
            }

            if (type is INamedTypeSymbol named && ModelContract.IsIdentifier(named))
            {
                return $"ReadState.Id({Args}, out {local});";
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return $"ReadState.Enum({Args}, out {local});";
            }

            if (IsObject(type))
            {
                Reach((INamedTypeSymbol)type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
            }

            return $"Read({Args}, out {local});";
        }

        // A class of the model the contract reads member by member: not a time, not one with a converter.
        private bool IsObject(ITypeSymbol type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named
                && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly)
                && !ModelContract.IsWhen(named)
                && !convertedTypes.Contains(named.WithNullableAnnotation(NullableAnnotation.NotAnnotated))
                && !named.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonConverterAttribute");

        private void WriteList(ITypeSymbol element) => WriteList(methods, element, "Read", walkPart: null);

        // A list of the root, whose elements go to the walk's part for them as soon as each is built.
        private void WriteRootList(IPropertySymbol property)
            => WriteList(rootLists, ((INamedTypeSymbol)property.Type).TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated), "ReadRoot" + property.Name, "Root" + property.Name);

        private void WriteList(StringBuilder m, ITypeSymbol element, string method, string? walkPart)
        {
            var name = element.ToDisplayString(NotNull);
            m.AppendLine($"    private static void {method}({Reader}, out global::NegotiationModel.ValueList<{name}> value)");
            m.AppendLine("    {");
            m.AppendLine($"        if (reader.TokenType == {Token}.Null)");
            m.AppendLine("        {");
            m.AppendLine($"            value = global::NegotiationModel.ValueList<{name}>.Empty;");
            m.AppendLine("            return;");
            m.AppendLine("        }");
            m.AppendLine();
            if (walkPart is not null)
            {
                m.AppendLine("        var walk = state.Walk;");
                m.AppendLine("        var index = 0;");
            }

            m.AppendLine($"        var items = new ListBuffer<{name}>(ref reader);");
            m.AppendLine($"        while (ListBuffer<{name}>.Next(ref reader))");
            m.AppendLine("        {");
            m.AppendLine($"            {LeafOrObjectCall(element, $"{name} item", isAmount: false)}");
            m.AppendLine("            items.Add(item);");
            if (walkPart is not null)
            {
                m.AppendLine($"            walk?.{walkPart}(item, index++);");
            }

            m.AppendLine("        }");
            m.AppendLine();
            m.AppendLine("        value = items.ToValueList();");
            m.AppendLine("    }");
            m.AppendLine();
        }

        private static (int Word, string Bit) Bit(Member member)
            => (member.Index / 64, $"{(1UL << (member.Index % 64)).ToString(CultureInfo.InvariantCulture)}UL");

        private static string Seen(Member member)
        {
            var (word, bit) = Bit(member);
            return $"(seen{word} & {bit}) != 0";
        }

        private static string Utf8(string text) => SymbolDisplay.FormatLiteral(text, quote: true) + "u8";
    }
}
