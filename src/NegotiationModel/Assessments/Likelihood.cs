using System.Globalization;

namespace NegotiationModel.Assessments;

/// <summary>
/// How likely an author thinks something is: in the words of estimative probability
/// (<see cref="EstimativeProbability"/>), as a range of probabilities, in the author's own words, or
/// any mix of them. At least one of <see cref="Words"/>, <see cref="Minimum"/>, <see cref="Maximum"/>
/// and <see cref="Text"/> is set.
/// </summary>
/// <remarks>
/// <para>A lone <see cref="Minimum"/> means "at least", a lone <see cref="Maximum"/> "at most", and
/// equal bounds a point estimate. The members are recorded as the author gave them; whether the
/// words agree with the range is for validation to report, not for this type to enforce.</para>
/// <para>The invariants (something is set; each bound lies in [0, 1]; <see cref="Minimum"/> does not
/// exceed <see cref="Maximum"/>) hold after every assignment, including each assignment of a
/// <see langword="with"/> expression, which runs in the order written. Order the assignments so that
/// every step is valid (set the new member before clearing the old one; raise
/// <see cref="Maximum"/> before <see cref="Minimum"/>), or change both bounds at once with
/// <see cref="WithRange"/>. The constructor and the JSON reader check all members together.</para>
/// <para>Equality: by value over all members; <see cref="Text"/> compares ordinally.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Likelihood : ExtensibleObject
{
    private const string NothingSetMessage = "A likelihood needs words of estimative probability, a probability range or the author's own words.";

    private readonly EstimativeProbability? words;
    private readonly double? minimum;
    private readonly double? maximum;
    private readonly LocalizedText? text;

    /// <summary>Initializes a new likelihood; name the arguments you give, such as <c>new Likelihood(minimum: 0.6, maximum: 0.8)</c>.</summary>
    /// <param name="words">The likelihood in the words of estimative probability.</param>
    /// <param name="minimum">The lowest probability meant, in [0, 1].</param>
    /// <param name="maximum">The highest probability meant, in [0, 1]; not below <paramref name="minimum"/>.</param>
    /// <param name="text">The likelihood in the author's own words.</param>
    /// <exception cref="ArgumentException">
    /// Every argument is null (the exception names <see cref="Words"/>), <paramref name="words"/> is undefined, or
    /// <paramref name="minimum"/> exceeds <paramref name="maximum"/> (the exception names <see cref="Minimum"/>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> or <paramref name="maximum"/> is outside [0, 1] or not a number.</exception>
    public Likelihood(EstimativeProbability? words = null, double? minimum = null, double? maximum = null, LocalizedText? text = null)
    {
        this.words = CheckWords(words);
        this.minimum = CheckProbability(minimum, NumberRanges.LikelihoodMinimum);
        this.maximum = CheckProbability(maximum, NumberRanges.LikelihoodMaximum);
        this.text = text;
        RequireSomething(nameof(Words));
        RequireOrderedRange(nameof(Minimum));
    }

    /// <summary>Gets the likelihood in the words of estimative probability, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is undefined, or clearing it would leave nothing set.</exception>
    public EstimativeProbability? Words
    {
        get => words;
        init
        {
            words = CheckWords(value);
            RequireSomething(nameof(Words));
        }
    }

    /// <summary>Gets the lowest probability meant, in [0, 1], or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or not a number.</exception>
    /// <exception cref="ArgumentException">The value exceeds <see cref="Maximum"/>, or clearing it would leave nothing set.</exception>
    public double? Minimum
    {
        get => minimum;
        init
        {
            minimum = CheckProbability(value, NumberRanges.LikelihoodMinimum);
            Validate(nameof(Minimum));
        }
    }

    /// <summary>Gets the highest probability meant, in [0, 1], or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or not a number.</exception>
    /// <exception cref="ArgumentException">The value is below <see cref="Minimum"/>, or clearing it would leave nothing set.</exception>
    public double? Maximum
    {
        get => maximum;
        init
        {
            maximum = CheckProbability(value, NumberRanges.LikelihoodMaximum);
            Validate(nameof(Maximum));
        }
    }

    /// <summary>Gets the likelihood in the author's own words, such as <c>the US and Russia are cooperating toward B</c>, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Clearing it would leave nothing set.</exception>
    public LocalizedText? Text
    {
        get => text;
        init
        {
            text = value;
            RequireSomething(nameof(Text));
        }
    }

    /// <summary>Returns a copy with both bounds replaced at once, whatever the order of the old and new bounds.</summary>
    /// <param name="minimum">The new lowest probability, in [0, 1], or <see langword="null"/>.</param>
    /// <param name="maximum">The new highest probability, in [0, 1], or <see langword="null"/>; not below <paramref name="minimum"/>.</param>
    /// <returns>The new likelihood; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The new state breaks an invariant, as for the constructor.</exception>
    public Likelihood WithRange(double? minimum, double? maximum) => new(Words, minimum, maximum, Text);

    /// <summary>Returns the members that are set, such as <c>Likely, 0.55–0.8, [en] probable</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Words is { } estimate)
        {
            parts.Add(estimate.ToString());
        }

        var range = (Minimum, Maximum) switch
        {
            ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low}–{high}"),
            ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {low}"),
            (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"≤ {high}"),
            _ => null,
        };
        if (range is not null)
        {
            parts.Add(range);
        }

        if (Text is not null)
        {
            parts.Add(Text.ToString());
        }

        return string.Join(", ", parts);
    }

    private static EstimativeProbability? CheckWords(EstimativeProbability? value)
        => value is { } estimate ? Guard.Against.UndefinedEnum(estimate, nameof(Words)) : null;

    // NaN compares false with both bounds, so the range refuses it too.
    private static double? CheckProbability(double? value, NumberRange range)
        => value is { } probability ? range.Check(probability) : null;

    private void Validate(string parameterName)
    {
        RequireSomething(parameterName);
        RequireOrderedRange(parameterName);
    }

    private void RequireSomething(string parameterName)
    {
        Guard.Against.Invalid(words is null && minimum is null && maximum is null && text is null, parameterName, NothingSetMessage);
    }

    private void RequireOrderedRange(string parameterName)
    {
        Guard.Against.Invalid(minimum > maximum, parameterName, $"The minimum probability {minimum} exceeds the maximum {maximum}.");
    }
}
