using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NegotiationModel.Generators;

/// <content>How the reader builds each type: which members go through the constructor, which through <c>init</c> accessors, which it skips, and which must be present.</content>
public sealed partial class RecordReaderGenerator
{
    private sealed partial class ReaderWriter
    {
        // Decides how the member reaches the object: through the constructor, an init accessor, or not at all (a
        // member the contract writes but cannot set, whose value it skips); and whether its absence is one the
        // reader can build without the contract.
        private static void Classify(INamedTypeSymbol type, Member member, IMethodSymbol constructor)
        {
            var property = member.Property!;
            var attributes = property.GetAttributes();
            var required = property.IsRequired || ModelContract.Has(attributes, "JsonRequiredAttribute");
            if (member.Parameter is { } parameter)
            {
                // RespectRequiredConstructorParameters: a parameter without a default value must be in the JSON.
                member.MustBePresent = required || !parameter.HasExplicitDefaultValue;
                member.NullAllowed = IsNullable(property.Type) && IsNullable(parameter.Type);
                return;
            }

            var setter = property.SetMethod;
            var settable = setter is not null && (setter.DeclaredAccessibility == Accessibility.Public || ModelContract.Has(attributes, "JsonIncludeAttribute"));
            member.IsSet = settable;
            member.IsSkipped = !settable;
            member.NullAllowed = IsNullable(property.Type);

            // An absent member leaves the property as construction made it; the reader sets every property, so it
            // reads alone only when that is the type's default value: no initializer, and no constructor assigning it.
            member.MustBePresent = required || (settable && (HasInitializer(property) || AssignedByConstructor(type, property, constructor)));
        }

        private static bool IsNullable(ITypeSymbol type)
            => type.NullableAnnotation == NullableAnnotation.Annotated || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        private static bool HasInitializer(IPropertySymbol property)
            => property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<PropertyDeclarationSyntax>().Any(p => p.Initializer is not null);

        private static bool AssignedByConstructor(INamedTypeSymbol type, IPropertySymbol property, IMethodSymbol constructor)
        {
            for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (var ctor in t.InstanceConstructors)
                {
                    foreach (var syntax in ctor.DeclaringSyntaxReferences.Select(r => r.GetSyntax()))
                    {
                        var assigned = syntax.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => a.Left switch
                        {
                            IdentifierNameSyntax id => id.Identifier.Text == property.Name,
                            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.Text == property.Name,
                            _ => false,
                        });
                        if (assigned)
                        {
                            return true;
                        }
                    }
                }
            }

            _ = constructor;
            return false;
        }

        // System.Text.Json's choice: the [JsonConstructor] one, else a public parameterless one, else the only public one.
        private static IMethodSymbol? ConstructorOf(INamedTypeSymbol type)
        {
            var constructors = type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared || c.Parameters.Length == 0).ToList();
            var marked = constructors.FirstOrDefault(c => c.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonConstructorAttribute"));
            if (marked is not null)
            {
                return marked;
            }

            var publicOnes = type.InstanceConstructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public && !IsCopyConstructor(type, c))
                .ToList();
            return publicOnes.FirstOrDefault(c => c.Parameters.Length == 0) ?? (publicOnes.Count == 1 ? publicOnes[0] : null);
        }

        private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor)
            => constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

        private static bool IsDefaultValue(IParameterSymbol parameter)
            => parameter.ExplicitDefaultValue is null or false or 0 or 0L or 0.0 or 0m;

        private static string DefaultLiteral(IParameterSymbol parameter)
        {
            var literal = parameter.ExplicitDefaultValue switch
            {
                bool b => b ? "true" : "false",
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other?.ToString() ?? "default",
            };
            return parameter.Type.TypeKind == TypeKind.Enum ? $"({parameter.Type.ToDisplayString(NotNull)}){literal}" : literal;
        }

        // A member of the contract; without a property, a name the contract skips ([JsonIgnore]).
        private sealed class Member(IPropertySymbol? property, string jsonName, int index)
        {
            public IPropertySymbol? Property { get; } = property;

            public string JsonName { get; } = jsonName;

            public int Index { get; } = index;

            public string Local { get; } = "m" + index.ToString(CultureInfo.InvariantCulture);

            public IParameterSymbol? Parameter { get; set; }

            public bool MustBePresent { get; set; }

            public bool NullAllowed { get; set; }

            public bool IsSet { get; set; }

            public bool IsSkipped { get; set; }
        }
    }
}
