namespace NegotiationModel.Serialization;

/// <summary>
/// Writes a record, or one entity, in the format's JSON on a <see cref="System.Text.Json.Utf8JsonWriter"/>: typed
/// code generated from the model's types (<c>RecordWriterGenerator</c> in NegotiationModel.Generators writes
/// <c>RecordWriter.g.cs</c>), one method per type, writing each member in the contract's order under its JSON name.
/// </summary>
/// <remarks>
/// <para>System.Text.Json's contract stays the reference: <c>RecordWriterContractTest</c> requires the same bytes
/// from both over the sample, the frozen fixtures, records that fill every member and generated ones. What the
/// generated code saves is the contract's per-member metadata, the boxing of its conditions and the converters'
/// look-ups (docs/performance.md).</para>
/// <para>The writer's options decide the layout: <see cref="JsonFormat.WriterOptions"/> for the canonical form.</para>
/// </remarks>
[GeneratedWriter(typeof(NegotiationRecord))]
internal static partial class RecordWriter
{
}
