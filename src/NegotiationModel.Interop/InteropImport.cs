namespace NegotiationModel.Interop;

/// <summary>An import under way: it reads its inputs one by one and keeps what it built until it finishes.</summary>
internal interface IInteropImport
{
    /// <summary>Reads one input into the import.</summary>
    /// <param name="input">The input.</param>
    void Read(InteropInput input);
}

/// <summary>What the importers share between taking their inputs and finishing.</summary>
internal static class InteropImport
{
    /// <summary>Reads every input into the import, in order.</summary>
    /// <typeparam name="TImport">The import's type, kept for its own <c>Finish</c>.</typeparam>
    /// <param name="import">The import.</param>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The import, for its <c>Finish</c>.</returns>
    public static TImport ReadAll<TImport>(this TImport import, IEnumerable<InteropInput> inputs)
        where TImport : IInteropImport
    {
        foreach (var input in inputs)
        {
            import.Read(input);
        }

        return import;
    }
}
