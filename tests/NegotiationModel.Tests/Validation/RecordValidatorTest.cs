using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>The extension point: rules of an application's own run after the built-in ones, with the same look-ups.</summary>
public sealed class RecordValidatorTest
{
    /// <summary>An application's rule: every statement names the event it was made at.</summary>
    private sealed class StatementsNeedAnEvent : IValidationRule
    {
        public void Check(NegotiationRecord record, ValidationContext context)
        {
            foreach (var statement in record.Statements.Where(s => s.Event is null))
            {
                var reference = EntityReference.To(statement.Id);
                context.Report(DiagnosticSeverity.Warning, "APP1001", $"Statement '{statement.Id}' names no event.", context.PathOf(reference) ?? JsonPath.Root, reference);
            }
        }
    }

    private static NegotiationRecord WithoutEvent() => Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Event = null }) };

    [Fact]
    public void The_default_validator_runs_the_built_in_rules_only()
    {
        RecordValidator.Default.RuleCount.Should().Be(new RecordValidator().RuleCount);
        RecordValidator.Default.Validate(WithoutEvent()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_rule_of_ones_own_reports_with_paths_from_the_context()
    {
        var validator = RecordValidator.Default.WithRule(new StatementsNeedAnEvent());

        var diagnostic = validator.Validate(WithoutEvent()).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.ToString().Should().Be("warning APP1001: Statement 'trump-thorny-issues' names no event. (at $['statements'][0])");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Thorny));
        validator.RuleCount.Should().Be(RecordValidator.Default.RuleCount + 1);
        RecordValidator.Default.Validate(WithoutEvent()).Diagnostics.Should().BeEmpty("WithRule leaves the original unchanged");
    }

    [Fact]
    public void Rules_given_to_the_constructor_run_after_the_built_in_ones()
    {
        var record = WithoutEvent() with { Statements = WithoutEvent().Statements.Replace(0, s => s with { Citations = [] }) };

        var codes = new RecordValidator(new StatementsNeedAnEvent()).Validate(record).Diagnostics.Select(d => d.Code);

        codes.Should().Equal(DiagnosticCodes.UnsourcedStatement, "APP1001");
    }

    [Fact]
    public void The_context_finds_the_paths_of_entities_phases_and_provisions()
    {
        var probe = new PathProbe();

        new RecordValidator(probe).Validate(Clean());

        probe.Paths.Select(p => p?.ToString()).Should().Equal("$['proposals'][1]['versions'][0]['provisions'][1]", "$['proposals'][1]['phases'][1]", "$['actors'][2]", null);
    }

    [Fact]
    public void A_null_record_or_rule_is_refused()
    {
        var validate = () => RecordValidator.Default.Validate(null!);
        var withRule = () => RecordValidator.Default.WithRule(null!);
        var construct = () => new RecordValidator([null!]);

        validate.Should().Throw<ArgumentNullException>();
        withRule.Should().Throw<ArgumentNullException>();
        construct.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_empty_record_validates_with_no_diagnostic()
    {
        RecordValidator.Default.Validate(new NegotiationRecord("Empty")).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_context_kept_after_its_validation_says_so_rather_than_answer_wrong()
    {
        var keeper = new ContextKeeper();
        new RecordValidator(keeper).Validate(Clean());

        keeper.Context!.Invoking(c => c.PathOf(EntityReference.To(UnitedStates))).Should().Throw<InvalidOperationException>().WithMessage("*over*");
        keeper.Context!.Invoking(c => c.TimeContext).Should().Throw<InvalidOperationException>().WithMessage("*over*");
    }

    [Fact]
    public void Validating_again_and_again_gives_the_same_report()
    {
        // The walk's tables are rented and given back: a second validation must not see the first one's sites.
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Speakers = [new("nobody")] }) };
        var first = RecordValidator.Default.Validate(record);

        RecordValidator.Default.Validate(Clean()).Diagnostics.Should().BeEmpty();
        RecordValidator.Default.Validate(record).Should().Be(first);
    }

    private sealed class ContextKeeper : IValidationRule
    {
        public ValidationContext? Context { get; private set; }

        public void Check(NegotiationRecord record, ValidationContext context) => Context = context;
    }

    private sealed class PathProbe : IValidationRule
    {
        public List<JsonPath?> Paths { get; } = [];

        public void Check(NegotiationRecord record, ValidationContext context)
        {
            Paths.Add(context.PathOf(EntityReference.To(Financing)));
            Paths.Add(context.PathOf(EntityReference.To(Phase1)));
            Paths.Add(context.PathOf(EntityReference.To(UnitedStates)));
            Paths.Add(context.PathOf(EntityReference.To(new NegotiationModel.Identifiers.ActorId("nobody"))));
        }
    }
}
