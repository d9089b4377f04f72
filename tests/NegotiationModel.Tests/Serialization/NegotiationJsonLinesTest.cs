using System.Text;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;

namespace NegotiationModel.Tests.Serialization;

public sealed class NegotiationJsonLinesTest
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sample_statements_round_trip_through_json_lines()
    {
        var statements = MiamiTalksSample.Build().Statements;
        using var stream = new MemoryStream();

        await NegotiationJsonLines.WriteAsync(stream, statements.ToAsyncEnumerable(), Cancel);
        stream.Position = 0;
        var read = await NegotiationJsonLines.ReadAsync<Statement>(stream, cancellationToken: Cancel).ToListAsync(Cancel);

        read.Should().Equal(statements);
    }

    [Fact]
    public void Each_entity_is_written_as_compact_json_on_its_own_line()
    {
        var actors = MiamiTalksSample.Build().Actors;
        using var stream = new MemoryStream();

        NegotiationJsonLines.Write(stream, actors);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        lines.Should().HaveCount(actors.Count + 1, "every line ends with \\n");
        lines[^1].Should().BeEmpty();
        lines[0].Should().StartWith("""{"id":"trump","kind":"person","names":[{"text":"Donald Trump","language":"en","kind":"primary"}""");
        lines.Should().Contain(l => l.Contains("ウシャコフ", StringComparison.Ordinal), "non-ASCII text is written as itself");
    }

    [Fact]
    public void Provisions_are_written_with_their_kind_and_read_back_through_their_base()
    {
        var provisions = MiamiTalksSample.Build().Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions).ToList();
        using var stream = new MemoryStream();

        NegotiationJsonLines.Write(stream, provisions);
        stream.Position = 0;

        NegotiationJsonLines.Read<Provision>(stream).Should().Equal(provisions);
    }

    [Fact]
    public void A_derived_provision_type_is_written_with_its_kind_too()
    {
        using var stream = new MemoryStream();

        NegotiationJsonLines.Write(stream, [new CeasefireProvision(new ProvisionId("c")) { IsTemporary = true }]);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("""{"kind":"ceasefire","isTemporary":true,"id":"c"}""" + "\n");
    }

    [Fact]
    public void Blank_lines_carriage_returns_and_a_missing_final_line_end_are_accepted()
    {
        var text = "\n{\"id\":\"a\",\"kind\":\"state\",\"names\":[{\"text\":\"A\",\"language\":\"en\"}]}\r\n  \n{\"id\":\"b\",\"kind\":\"state\",\"names\":[{\"text\":\"B\",\"language\":\"en\"}]}";

        var actors = NegotiationJsonLines.Read<Actor>(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        actors.Select(a => a.Id.Value).Should().Equal("a", "b");
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_line_number_and_the_path_within_it()
    {
        var text = """
            {"id":"a","kind":"state","names":[{"text":"A","language":"en"}]}
            {"id":"b","kind":"state","names":[{"text":"B","language":"en"}]}
            {"id":"c","kind":"planet","names":[{"text":"C","language":"en"}]}
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var read = new List<Actor>();

        var enumerate = async () =>
        {
            await foreach (var actor in NegotiationJsonLines.ReadAsync<Actor>(stream, cancellationToken: Cancel))
            {
                read.Add(actor);
            }
        };

        var error = (await enumerate.Should().ThrowAsync<NegotiationJsonException>()).Which;
        error.LineNumber.Should().Be(2);
        error.Path?.ToString().Should().Be("$['kind']");
        error.BytePositionInLine.Should().Be(17);
        error.Message.Should().Contain("line 3");
        read.Should().HaveCount(2, "the lines before the bad one were read");
    }

    [Fact]
    public void Each_line_gets_the_same_checks_as_a_document()
    {
        var text = "{\"id\":\"a\",\"kind\":\"state\",\"names\":[{\"text\":\"A\",\"language\":\"en\"}]}\n{\"id\":\"b\",\"id\":\"c\"}\n";

        var read = () => NegotiationJsonLines.Read<Actor>(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Contain("appears twice");
        error.LineNumber.Should().Be(1);
        error.Path?.ToString().Should().Be("$['id']");
    }

    [Fact]
    public void Strict_reading_applies_to_each_line()
    {
        var text = "{\"id\":\"a\",\"kind\":\"state\",\"names\":[{\"text\":\"A\",\"language\":\"en\"}],\"flag\":\"🇺🇦\"}\n";

        var lenient = NegotiationJsonLines.Read<Actor>(new MemoryStream(Encoding.UTF8.GetBytes(text))).Single();
        var strict = () => NegotiationJsonLines.Read<Actor>(new MemoryStream(Encoding.UTF8.GetBytes(text)), NegotiationJsonReadOptions.Strict).ToList();

        lenient.UnknownMembers!["flag"].GetString().Should().Be("🇺🇦");
        strict.Should().Throw<NegotiationJsonException>().Which.Path?.ToString().Should().Be("$['flag']");
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_refused_without_holding_it_whole()
    {
        var options = new NegotiationJsonReadOptions { MaxInputBytes = 64 * 1024 };
        using var stream = new RepeatingStream("{\"id\":\"a\",\"kind\":\"state\",\"names\":[{\"text\":\"A\",\"language\":\"en\"}]}\n"u8.ToArray(), then: (byte)' ');

        var read = () => NegotiationJsonLines.Read<Actor>(stream, options).Count();

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Contain("longer than the limit of 65536 bytes");
        error.LineNumber.Should().Be(1);
        stream.BytesRead.Should().BeLessThan(1024 * 1024);
    }

    [Fact]
    public void Lines_are_read_as_they_are_enumerated_never_far_ahead()
    {
        const int Lines = 200_000;
        var line = "{\"id\":\"a\",\"kind\":\"state\",\"names\":[{\"text\":\"A\",\"language\":\"en\"}]}\n"u8.ToArray();
        using var stream = new RepeatingStream(line, then: null, lines: Lines);
        long furthestAhead = 0;

        var count = 0;
        foreach (var actor in NegotiationJsonLines.Read<Actor>(stream))
        {
            count++;
            furthestAhead = Math.Max(furthestAhead, stream.BytesRead - (count * (long)line.Length));
        }

        count.Should().Be(Lines);
        stream.BytesRead.Should().Be(line.Length * (long)Lines);

        // The input is about 13 MB; the reader holds one buffer of lines, not the stream.
        furthestAhead.Should().BeLessThan(64 * 1024);
    }

    [Fact]
    public void Writing_refuses_a_null_entity()
    {
        var write = () => NegotiationJsonLines.Write<Actor>(new MemoryStream(), [null!]);

        write.Should().Throw<ArgumentNullException>();
    }

    /// <summary>A stream that repeats one line, then (optionally) one byte forever.</summary>
    private sealed class RepeatingStream(byte[] line, byte? then, long lines = 1) : Stream
    {
        private long position;

        public long BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var linesLength = line.Length * lines;
            var written = 0;
            while (written < count)
            {
                if (position < linesLength)
                {
                    buffer[offset + written++] = line[position++ % line.Length];
                }
                else if (then is { } filler)
                {
                    buffer[offset + written++] = filler;
                    position++;
                }
                else
                {
                    break;
                }
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
