using NegotiationModel.Serialization;

namespace NegotiationModel.Benchmarks;

/// <summary>What users do with the library, as the benchmarks and the quick mode both measure it.</summary>
internal static class Operations
{
    /// <summary>Gets a value indicating whether <see cref="Load"/> validates; false until validation is part of the library.</summary>
    public static bool LoadValidates => false;

    /// <summary>Loads a record from UTF-8 JSON: reads it and, once the library has validation, checks it.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The record.</returns>
    public static NegotiationRecord Load(ReadOnlySpan<byte> json) => NegotiationJson.Deserialize(json);
}
