using NegotiationModel.Interop.Pax;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Validation;

namespace NegotiationModel.Interop.Tests.Pax;

public sealed class PaxImportTest
{
    private static ImportResult Fixture() => PaxImporter.Import([Fixtures.Input("pax", "agreements.csv")], PaxImportOptions.Default);

    private static Proposal Agreement(NegotiationRecord record, string agtId)
        => record.Proposals.Single(proposal => proposal.Identifiers.Contains(new ExternalIdentifier(IdentifierSchemes.PaX, agtId)));

    private static IEnumerable<(string Column, string Kind, ProvisionDepth? Depth)> Provisions(Proposal proposal)
        => proposal.Versions.Single().Provisions.Select(provision => (provision.Id.Value[(proposal.Id.Value.Length + 1)..], PaxColumnsTest.KindOf(provision), provision.Depth));

    [Fact]
    public void Each_row_becomes_a_proposal_with_its_number_title_date_stage_and_signature()
    {
        var record = Fixture().Record;

        record.Proposals.Select(proposal => proposal.Id.Value).Should().Equal("pax-1365", "pax-1100", "pax-2001");
        var minsk = Agreement(record, "1365");
        minsk.Title.Should().Equal(new LocalizedText("Package of Measures for the Implementation of the Minsk Agreements", "en"));
        minsk.Kind.Should().Be(ProposalKind.Other);
        minsk.Stage.Should().Be(AgreementStage.Implementation);
        minsk.Versions.Single().When.Should().Be(When.Parse("2015-02-12"));
        minsk.StatusHistory.Should().Equal(new StatusChange<ProposalStatus>(ProposalStatus.Signed, When.Parse("2015-02-12")));
        Agreement(record, "1100").Stage.Should().Be(AgreementStage.SubstantiveComprehensive);
        Agreement(record, "2001").Stage.Should().Be(AgreementStage.Ceasefire);
    }

    [Fact]
    public void Every_coded_variable_becomes_a_provision_of_its_first_kind_with_its_depth()
    {
        var record = Fixture().Record;

        Provisions(Agreement(record, "1365")).Should().Equal(
            ("StXbor", "border-control", ProvisionDepth.Concrete),
            ("ConRen", "constitutional-reform", ProvisionDepth.Enforceable),
            ("Ele", "elections", ProvisionDepth.Concrete),
            ("TpsAut", "special-status", ProvisionDepth.Concrete),
            ("HrMob", "humanitarian-access", ProvisionDepth.Concrete),
            ("Dev", "development", ProvisionDepth.Mention),
            ("Ce", "ceasefire", ProvisionDepth.Enforceable),
            ("SsrDdr", "disarmament", ProvisionDepth.Concrete),
            ("TjAm", "amnesty", ProvisionDepth.Concrete),
            ("TjPrire", "prisoner-exchange", ProvisionDepth.Concrete),
            ("ImPK", "international-mission", ProvisionDepth.Concrete),
            ("ImE", "implementation-mechanism", ProvisionDepth.Concrete));
        Provisions(Agreement(record, "1100")).Should().Contain([("GRa", "group-rights", ProvisionDepth.Mention), ("StRef", "referendum", ProvisionDepth.Enforceable), ("Polps", "power-sharing", ProvisionDepth.Enforceable), ("SsrPol", "police", ProvisionDepth.Concrete)]).And.HaveCount(13);
    }

    [Fact]
    public void A_kind_that_needs_an_actor_named_only_in_prose_becomes_an_other_provision_of_its_category_and_is_reported()
    {
        var (record, report) = Fixture();

        var withdrawal = Agreement(record, "2001").Versions.Single().Provisions.Single(provision => provision.Id.Value.EndsWith("-SsrFf", StringComparison.Ordinal));
        withdrawal.Should().BeOfType<OtherProvision>().Which.PaxCategory.Should().Be(ProvisionCategory.Security);
        withdrawal.Depth.Should().Be(ProvisionDepth.Mention);
        report.Unmapped.Should().ContainKey("SsrFf as force-withdrawal (needs an actor PA-X names only in prose; kept as an other provision)");
    }

    [Fact]
    public void A_date_without_its_day_keeps_the_month_precision()
    {
        var ceasefire = Agreement(Fixture().Record, "2001");

        ceasefire.Versions.Single().When.Should().Be(When.Parse("2004-04"));
        ceasefire.StatusHistory.Single().When.Should().Be(When.Parse("2004-04"));
    }

    [Fact]
    public void Parties_and_other_prose_stay_text_in_the_notes_and_no_actor_is_made()
    {
        var record = Fixture().Record;

        record.Actors.Should().BeEmpty("PA-X names parties in prose; the importer never makes actors from prose");
        var notes = Agreement(record, "1100").Notes!.Split('\n');
        notes.Should().Contain("Con: United Kingdom/Ireland/Northern Ireland").And.Contain("StageSub: FrCons").And.Contain("Status: Multiparty signed/agreed");
        notes.Should().Contain("Part: Signed by the Governments of the United Kingdom and Ireland;");
        Agreement(record, "1365").Notes.Should().Contain("Part: Heidi Tagliavini (OSCE), Leonid Kuchma (Ukraine), Mikhail Zurabov (Russian Federation), Alexander Zakharchenko, Igor Plotnitsky")
            .And.Contain("OthAgr: Minsk Protocol, 5 September 2014; Minsk Memorandum, 19 September 2014");
    }

    [Fact]
    public void The_report_counts_what_was_created_and_each_column_not_kept()
    {
        var report = Fixture().Report;

        report.Created.Should().Equal(new Dictionary<string, int> { ["proposal"] = 3, ["provision"] = 29 });
        report.Unmapped.Should().Contain("Lgt", 3).And.Contain("PeaceProcess", 1).And.Contain("ImOth", 1).And.NotContainKey("ImUN");
    }

    [Fact]
    public void The_imported_record_validates_without_errors_and_survives_json_unchanged()
    {
        var record = Fixture().Record;

        RecordValidator.Default.Validate(record).Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var json = NegotiationJson.Serialize(record);
        var read = NegotiationJson.Deserialize(json);
        read.Should().Be(record);
        NegotiationJson.Serialize(read).Should().Be(json);
    }

    [Fact]
    public void A_byte_order_mark_crlf_line_ends_blank_lines_and_quoted_commas_and_newlines_are_read_as_csv()
    {
        var text = "\uFEFFAgtId,Agt,Dat,Stage,Part,Ce\r\n\r\n7,\"Accord of A, B and C\",2001-05-06,Pre,\"Party A,\r\nParty B\",1\r\n8,Second,2001-06,Oth,,0\r\n\r\n";

        var (record, report) = PaxImporter.Import([new InteropInput("crlf.csv", text)], PaxImportOptions.Default);

        record.Proposals.Select(proposal => proposal.Title[0].Text).Should().Equal("Accord of A, B and C", "Second");
        record.Proposals[0].Notes.Should().Be("Part: Party A,\r\nParty B");
        record.Proposals[0].Stage.Should().Be(AgreementStage.PreNegotiation);
        record.Proposals[1].Versions.Single().When.Should().Be(When.Parse("2001-06"), "a Dat of a year and month keeps its precision");
        record.Proposals[1].Stage.Should().BeNull();
        record.Proposals[1].Notes.Should().Be("Stage: Oth");
        report.Unmapped.Should().ContainKey("Stage Oth (kept in the notes)");
    }

    [Fact]
    public void A_column_no_version_of_the_codebook_names_is_reported_not_dropped_silently()
    {
        var report = PaxImporter.Import([new InteropInput("new.csv", "AgtId,Agt,NewVariable\n1,A,2\n2,B,\n")], PaxImportOptions.Default).Report;

        report.Unmapped.Should().Contain("NewVariable (not a column of PA-X version 8)", 1);
    }

    [Fact]
    public void A_column_named_twice_as_year_is_in_the_export_is_read_from_the_first_and_a_disagreeing_second_is_reported()
    {
        var (record, report) = PaxImporter.Import([new InteropInput("twice.csv", "AgtId,Agt,Year,Year\n1,A,2015,2015\n2,B,2015,2016\n")], PaxImportOptions.Default);

        record.Proposals.Select(proposal => proposal.Versions.Single().When).Should().Equal(When.Parse("2015"), When.Parse("2015"));
        report.Unmapped.Should().Contain("Year (column 4, named twice in the header, differs from column 3; the first is read)", 1);
    }
}
