package org.flutemail.protocol.smtp.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flutemail.protocol.smtp.command.Command.Parameter;
import org.flutemail.protocol.smtp.command.Command.Verb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    private final CommandParser parser = new CommandParser();

    private Command parse(String line) throws SyntaxException {
        return parser.parse(line);
    }

    private String refusal(String line) {
        try {
            parser.parse(line);
        } catch (SyntaxException e) {
            return e.reply().toString();
        }
        throw new AssertionError("parsed: " + line);
    }

    @Test
    void verbsAreCaseInsensitive() throws SyntaxException {
        assertThat(parse("ehlo client.example")).isEqualTo(new Command.Hello(true, "client.example"));
        assertThat(parse("HeLo client")).isEqualTo(new Command.Hello(false, "client"));
        assertThat(parse("qUiT")).isEqualTo(new Command.Bare(Verb.QUIT));
    }

    @Test
    void mailWithParameters() throws SyntaxException {
        assertThat(parse("MAIL FROM:<a@b.example> SIZE=1000 body=8BITMIME")).isEqualTo(new Command.Mail(
                "a@b.example", List.of(new Parameter("SIZE", "1000"), new Parameter("BODY", "8BITMIME"))));
    }

    @Test
    void mailAcceptsNullReversePathAndOneSpaceAfterColon() throws SyntaxException {
        assertThat(parse("MAIL FROM:<>")).isEqualTo(new Command.Mail("", List.of()));
        assertThat(parse("mail from: <a@b>")).isEqualTo(new Command.Mail("a@b", List.of()));
    }

    @Test
    void rcptAcceptsBarePostmasterButNotNullPath() throws SyntaxException {
        assertThat(parse("RCPT TO:<PostMaster>")).isEqualTo(new Command.Rcpt("postmaster", List.of()));
        assertThat(refusal("RCPT TO:<>")).isEqualTo("501 5.1.3 Error: bad recipient address syntax");
        assertThat(refusal("MAIL FROM:<postmaster>")).isEqualTo("501 5.1.7 Error: bad sender address syntax");
    }

    @Test
    void sourceRouteIsAcceptedAndDropped() throws SyntaxException {
        assertThat(parse("RCPT TO:<@relay.one,@relay.two:user@c.example>"))
                .isEqualTo(new Command.Rcpt("user@c.example", List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<simple@example.com>|simple@example.com",
        "<first.last+tag@sub.example.co>|first.last+tag@sub.example.co",
        "<\"john doe\"@example.com>|\"john doe\"@example.com",
        "<\"plain\"@example.com>|plain@example.com",
        "<\"a\\\"b\"@example.com>|\"a\\\"b\"@example.com",
        "<\"a>b\"@example.com>|\"a>b\"@example.com",
        "<user@[192.0.2.1]>|user@[192.0.2.1]",
        "<user@[IPv6:2001:db8::1]>|user@[IPv6:2001:db8::1]",
        "<user@[x-tag:stuff]>|user@[x-tag:stuff]",
        "<u@a-b.c1>|u@a-b.c1",
    })
    void validMailboxes(String path, String mailbox) throws SyntaxException {
        assertThat(parse("RCPT TO:" + path)).isEqualTo(new Command.Rcpt(mailbox, List.of()));
    }

    @Test
    void everyAtextCharacterIsValidInALocalPart() throws SyntaxException {
        String atext = "!#$%&'*+-/=?^_`{|}~";
        assertThat(parse("RCPT TO:<" + atext + "@x>")).isEqualTo(new Command.Rcpt(atext + "@x", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a@b.example", "<a@b.example", "<a@b.example>x", "<@b.example>", "<a@>", "<a>", "<a..b@x>", "<.a@x>",
        "<a.@x>", "<a b@x>", "<a@-b.example>", "<a@b-.example>", "<a@b..example>", "<a@[300.1.1.1]>",
        "<a@[1.2.3]>", "<a@[IPv6:zz::1]>", "<a@[IPv6:1:::2]>", "<\"unterminated@x>", "<a@b>>", "<@x:>",
        "<@x,y:a@b>", "<\uFFFD@x>", "<a@b\u0085c>", "<a@b.example> <c@d>",
    })
    void invalidMailboxes(String path) {
        assertThat(refusal("RCPT TO:" + path)).startsWith("501 5.");
    }

    @Test
    void lengthLimitsOfRfc5321() throws SyntaxException {
        String local64 = "l".repeat(64);
        String label63 = "d".repeat(63);
        assertThat(parse("RCPT TO:<" + local64 + "@" + label63 + ".example>")).isInstanceOf(Command.Rcpt.class);
        assertThat(refusal("RCPT TO:<" + local64 + "l@x>")).startsWith("501 5.1.3");
        assertThat(refusal("RCPT TO:<a@" + label63 + "d.example>")).startsWith("501 5.1.3");
        String longDomain = (label63 + ".").repeat(4) + "example";
        assertThat(refusal("RCPT TO:<a@" + longDomain + ">")).startsWith("501 5.1.3");
    }

    @Test
    void parameterSyntaxIsChecked() {
        assertThat(refusal("MAIL FROM:<a@b> SIZE=")).isEqualTo("501 5.5.4 Error: bad parameter syntax");
        assertThat(refusal("MAIL FROM:<a@b> -X=1")).isEqualTo("501 5.5.4 Error: bad parameter syntax");
        assertThat(refusal("MAIL FROM:<a@b> SIZE=1 size=2")).isEqualTo("501 5.5.4 Error: bad parameter syntax");
        assertThat(refusal("MAIL FROM:<a@b> X=a=b")).isEqualTo("501 5.5.4 Error: bad parameter syntax");
    }

    @Test
    void argumentRules() {
        assertThat(refusal("DATA now")).isEqualTo("501 5.5.4 Syntax: DATA");
        assertThat(refusal("RSET x")).isEqualTo("501 5.5.4 Syntax: RSET");
        assertThat(refusal("VRFY")).isEqualTo("501 5.5.4 Syntax: VRFY argument");
        assertThat(refusal("EHLO")).isEqualTo("501 5.5.4 Syntax: EHLO hostname");
        assertThat(refusal("HELO a b")).isEqualTo("501 5.5.4 Syntax: HELO hostname");
        assertThat(refusal("MAIL TO:<a@b>")).isEqualTo("501 5.5.4 Syntax: MAIL FROM:<address>");
        assertThat(refusal("RCPT FROM:<a@b>")).isEqualTo("501 5.5.4 Syntax: RCPT TO:<address>");
    }

    @Test
    void queriesKeepTheirArgument() throws SyntaxException {
        assertThat(parse("NOOP")).isEqualTo(new Command.Query(Verb.NOOP, ""));
        assertThat(parse("HELP mail")).isEqualTo(new Command.Query(Verb.HELP, "mail"));
        assertThat(parse("VRFY root")).isEqualTo(new Command.Query(Verb.VRFY, "root"));
    }

    @Test
    void unknownEmptyAndControlCharacterLines() {
        assertThat(refusal("TURN")).isEqualTo("500 5.5.2 Error: command not recognized");
        assertThat(refusal("")).isEqualTo("500 5.5.2 Error: bad syntax");
        assertThat(refusal("NOOP\rRSET")).isEqualTo("500 5.5.2 Error: bad syntax");
        assertThat(refusal("NOOP\0")).isEqualTo("500 5.5.2 Error: bad syntax");
    }
}
