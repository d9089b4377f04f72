namespace NegotiationModel.Time;

/// <summary>On which side of its anchor a <see cref="RelativeWhen"/> lies.</summary>
public enum RelativeDirection
{
    /// <summary>After the anchor (text <c>after(…)</c>).</summary>
    After = 1,

    /// <summary>Before the anchor (text <c>before(…)</c>).</summary>
    Before = 2,
}
