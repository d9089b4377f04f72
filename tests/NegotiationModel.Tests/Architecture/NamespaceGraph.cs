using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NegotiationModel.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from its IL with Mono.Cecil: base types, interfaces, generic
/// constraints, members' signatures, attributes (with the types named in their arguments, such as
/// <c>typeof</c> in <c>[JsonConverter]</c>), local variables, catch clauses, and every type, method and field a
/// method body names. A nested or compiler-generated type counts as its outermost declaring type's namespace.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), string> examples = [];

    private NamespaceGraph(string rootNamespace) => RootNamespace = rootNamespace;

    /// <summary>Gets the namespace whose own namespace and sub-namespaces the graph holds; others are left out.</summary>
    public string RootNamespace { get; }

    /// <summary>Gets the namespaces of the assembly's types under the root namespace.</summary>
    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets each edge between two different namespaces, with one use that makes it (for the failure message).</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => examples;

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        var graph = new NamespaceGraph(rootNamespace);
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.Types)
        {
            var from = NamespaceOf(type);
            if (graph.IsInside(from))
            {
                graph.Namespaces.Add(from);
                new TypeScan(graph, from, type.FullName).Scan(type);
            }
        }

        return graph;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private bool IsInside(string ns) => ns == RootNamespace || ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal);

    private void Add(string from, TypeReference to, string where)
    {
        var ns = NamespaceOf(to);
        if (ns != from && IsInside(ns))
        {
            examples.TryAdd((from, ns), $"{where} uses {to.FullName}");
        }
    }

    /// <summary>Walks one top-level type and everything declared in it.</summary>
    private sealed class TypeScan(NamespaceGraph graph, string from, string topLevel)
    {
        private readonly HashSet<TypeReference> seen = new(ReferenceEqualityComparer.Instance);
        private string where = topLevel;

        public void Scan(TypeDefinition type)
        {
            where = type.FullName;
            Attributes(type);
            Generics(type);
            Use(type.BaseType);
            foreach (var implementation in type.Interfaces)
            {
                Use(implementation.InterfaceType);
                Attributes(implementation);
            }

            foreach (var field in type.Fields)
            {
                where = $"{type.FullName}.{field.Name}";
                Use(field.FieldType);
                Attributes(field);
            }

            foreach (var property in type.Properties)
            {
                where = $"{type.FullName}.{property.Name}";
                Use(property.PropertyType);
                Attributes(property);
                Parameters(property.Parameters);
            }

            foreach (var @event in type.Events)
            {
                where = $"{type.FullName}.{@event.Name}";
                Use(@event.EventType);
                Attributes(@event);
            }

            foreach (var method in type.Methods)
            {
                Method(type, method);
            }

            foreach (var nested in type.NestedTypes)
            {
                Scan(nested);
            }
        }

        private void Method(TypeDefinition type, MethodDefinition method)
        {
            where = $"{type.FullName}.{method.Name}";
            Attributes(method);
            Attributes(method.MethodReturnType);
            Generics(method);
            Use(method.ReturnType);
            Parameters(method.Parameters);
            foreach (var overridden in method.Overrides)
            {
                Method(overridden);
            }

            if (!method.HasBody)
            {
                return;
            }

            foreach (var variable in method.Body.Variables)
            {
                Use(variable.VariableType);
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                Use(handler.CatchType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        Use(operand);
                        break;
                    case MethodReference operand:
                        Method(operand);
                        break;
                    case FieldReference operand:
                        Use(operand.DeclaringType);
                        Use(operand.FieldType);
                        break;
                    case CallSite operand:
                        Use(operand.ReturnType);
                        Parameters(operand.Parameters);
                        break;
                }
            }
        }

        private void Method(MethodReference method)
        {
            Use(method.DeclaringType);
            Use(method.ReturnType);
            Parameters(method.Parameters);
            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Use(argument);
                }
            }
        }

        private void Parameters(IEnumerable<ParameterDefinition> parameters)
        {
            foreach (var parameter in parameters)
            {
                Use(parameter.ParameterType);
                Attributes(parameter);
            }
        }

        private void Generics(IGenericParameterProvider provider)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                Attributes(parameter);
                foreach (var constraint in parameter.Constraints)
                {
                    Use(constraint.ConstraintType);
                    Attributes(constraint);
                }
            }
        }

        private void Attributes(ICustomAttributeProvider provider)
        {
            if (!provider.HasCustomAttributes)
            {
                return;
            }

            foreach (var attribute in provider.CustomAttributes)
            {
                Method(attribute.Constructor);
                foreach (var argument in attribute.ConstructorArguments)
                {
                    Argument(argument);
                }

                foreach (var named in attribute.Properties.Concat(attribute.Fields))
                {
                    Argument(named.Argument);
                }
            }
        }

        private void Argument(CustomAttributeArgument argument)
        {
            Use(argument.Type);
            switch (argument.Value)
            {
                case TypeReference type:
                    Use(type);
                    break;
                case CustomAttributeArgument inner:
                    Argument(inner);
                    break;
                case CustomAttributeArgument[] elements:
                    foreach (var element in elements)
                    {
                        Argument(element);
                    }

                    break;
            }
        }

        private void Use(TypeReference? type)
        {
            if (type is null || !seen.Add(type))
            {
                return;
            }

            switch (type)
            {
                case GenericInstanceType generic:
                    Use(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Use(argument);
                    }

                    return;
                case FunctionPointerType pointer:
                    Use(pointer.ReturnType);
                    Parameters(pointer.Parameters);
                    return;
                case IModifierType modified:
                    Use(modified.ModifierType);
                    Use(modified.ElementType);
                    return;
                case TypeSpecification specification:
                    Use(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
            }

            graph.Add(from, type, where);
        }
    }
}
