using System.Text.Json.Serialization.Metadata;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Which members are exact amounts is decided in two places that must agree: the format writes every decimal member
/// as an amount string (<c>JsonFormat</c>'s contract, which the generated writer follows), and the generated one-pass
/// reader reads an amount where a member is a <see cref="decimal"/> named <c>Amount</c> (<c>RecordReaderGenerator</c>).
/// This reads the second from the compiled reader itself: for each type, its calls to <c>ReadState.Amount</c>.
/// </summary>
public sealed class AmountRuleTest
{
    [Fact]
    public void The_generated_reader_reads_as_amounts_the_members_the_format_writes_as_amounts()
    {
        var written = ConsistencyTest.RecordDataTypesOf()
            .Select(type => (Type: type.FullName!, Amounts: NegotiationJson.Options.GetTypeInfo(type).Properties.Count(IsWrittenAsAmount)))
            .Where(t => t.Amounts > 0)
            .OrderBy(t => t.Type, StringComparer.Ordinal)
            .ToList();

        var read = AmountsReadByTheGeneratedReader()
            .OrderBy(t => t.Type, StringComparer.Ordinal)
            .ToList();

        written.Select(t => t.Type).Should().Contain([typeof(Money).FullName, typeof(Quantity).FullName], "money's and a quantity's amounts are the format's amounts");
        read.Should().Equal(written, "every decimal member is written as an amount string, and the generated reader must read each of them as one (a decimal member not named Amount, or a nullable one, is not)");
    }

    private static bool IsWrittenAsAmount(JsonPropertyInfo property) => property.CustomConverter is MoneyAmountJsonConverter;

    // The number of ReadState.Amount calls in the generated methods that read each type (the methods whose last parameter is `out T`).
    private static IEnumerable<(string Type, int Amounts)> AmountsReadByTheGeneratedReader()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(NegotiationRecord).Assembly.Location);
        var reader = assembly.MainModule.GetType(typeof(RecordWriter).Namespace + ".RecordReader");
        reader.Should().NotBeNull();
        return [.. reader!.Methods
            .Where(m => m.HasBody && m.Parameters.Count > 0 && m.Parameters[^1].IsOut)
            .Select(m => (Type: ((ByReferenceType)m.Parameters[^1].ParameterType).ElementType.FullName.Replace('/', '+'), Amounts: m.Body.Instructions.Count(IsAmountCall)))
            .GroupBy(t => t.Type, StringComparer.Ordinal)
            .Select(g => (Type: g.Key, Amounts: g.Sum(t => t.Amounts)))
            .Where(t => t.Amounts > 0)];
    }

    private static bool IsAmountCall(Instruction instruction)
        => instruction.OpCode.Code is Code.Call && instruction.Operand is MethodReference { Name: "Amount", DeclaringType.Name: "ReadState" };
}
