package org.flutemail.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flutemail.pipeline.FakeMailetContext.mail;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.ProcessorNames;
import org.flutemail.pipeline.builtin.All;
import org.flutemail.pipeline.builtin.RecordFailure;
import org.flutemail.pipeline.builtin.ToProcessor;
import org.junit.jupiter.api.Test;

class MailPipelineTest {

    private final List<String> trail = new ArrayList<>();

    private Step record(String name) {
        return new Step(name, new All(), (mail, ctx) -> trail.add(name + mail.recipients()));
    }

    private static Step finish() {
        return new Step("finish", new All(), (mail, ctx) -> mail.finish());
    }

    private static Processor error() {
        return new Processor(ProcessorNames.ERROR, List.of(new Step("record", new All(), new RecordFailure())),
                ProcessorNames.ERROR);
    }

    @Test
    void stepsRunInOrderUntilTheMailIsFinished() {
        MailPipeline pipeline = new MailPipeline(List.of(
                new Processor("root", List.of(record("a"), record("b"), finish(), record("never")), "error"),
                error()));
        pipeline.run(mail("x@example.test"), new FakeMailetContext());
        assertThat(trail).containsExactly("a[x@example.test]", "b[x@example.test]");
    }

    @Test
    void aMatcherPickingSomeRecipientsSplitsTheMail() {
        Step onlyX = new Step("only-x", (mail, ctx) -> List.of("x@example.test"), new ToProcessor("x-side"));
        MailPipeline pipeline = new MailPipeline(List.of(
                new Processor("root", List.of(onlyX, record("root-rest"), finish()), "error"),
                new Processor("x-side", List.of(record("x-side"), finish()), "error"),
                error()));
        pipeline.run(mail("x@example.test", "y@example.test", "z@example.test"), new FakeMailetContext());
        assertThat(trail).containsExactlyInAnyOrder("root-rest[y@example.test, z@example.test]", "x-side[x@example.test]");
    }

    @Test
    void aMailetExceptionSendsTheMailToTheErrorProcessorWithItsStatusAndReason() {
        Step failing = new Step("check", new All(), (mail, ctx) -> {
            throw MailetException.withStatus("5.2.2", "bad mail");
        });
        FakeMailetContext context = new FakeMailetContext();
        new MailPipeline(List.of(new Processor("root", List.of(failing, finish()), "error"), error()))
                .run(mail("x@example.test"), context);
        assertThat(context.failures).containsExactly("x@example.test: 5.2.2 check: bad mail");
    }

    @Test
    void aFailureWithoutAStatusOfItsOwnIsReportedAsUndefined() {
        Step failing = new Step("check", new All(), (mail, ctx) -> {
            throw new MailetException("bad mail");
        });
        FakeMailetContext context = new FakeMailetContext();
        new MailPipeline(List.of(new Processor("root", List.of(failing, finish()), "error"), error()))
                .run(mail("x@example.test", "y@example.test"), context);
        assertThat(context.failures).containsExactly("x@example.test,y@example.test: 5.3.0 check: bad mail");
    }

    @Test
    void aProcessorThatEndsWithoutFinishingTheMailHandsItToTheErrorProcessor() {
        FakeMailetContext context = new FakeMailetContext();
        new MailPipeline(List.of(new Processor("root", List.of(record("a")), "error"), error()))
                .run(mail("x@example.test"), context);
        assertThat(context.failures).singleElement().asString().contains("ended without handling");
    }

    @Test
    void processorsSendingAMailRoundInCirclesAreStopped() {
        MailPipeline pipeline = new MailPipeline(List.of(
                new Processor("root", List.of(new Step("to-a", new All(), new ToProcessor("a"))), "error"),
                new Processor("a", List.of(new Step("to-root", new All(), new ToProcessor("root"))), "error"),
                error()));
        assertThatThrownBy(() -> pipeline.run(mail("x@example.test"), new FakeMailetContext()))
                .isInstanceOf(PipelineException.class).hasMessageContaining("loop");
    }

    @Test
    void aMailSentToAMissingProcessorIsAConfigurationError() {
        MailPipeline pipeline = new MailPipeline(List.of(
                new Processor("root", List.of(new Step("to-nowhere", new All(), new ToProcessor("nowhere"))), "error"),
                error()));
        assertThatThrownBy(() -> pipeline.run(mail("x@example.test"), new FakeMailetContext()))
                .isInstanceOf(PipelineException.class).hasMessageContaining("nowhere");
    }

    @Test
    void aPipelineWithoutRootOrErrorIsRefused() {
        assertThatThrownBy(() -> new MailPipeline(List.of(error()))).isInstanceOf(PipelineException.class);
    }

    @Test
    void theErrorProcessorFailingItselfIsNotSwallowed() {
        Processor brokenError = new Processor(ProcessorNames.ERROR, List.of(new Step("broken", new All(),
                (Mail mail, org.flutemail.pipeline.MailetContext ctx) -> {
                    throw new MailetException("disk full");
                })), ProcessorNames.ERROR);
        Step failing = new Step("check", new All(), (mail, ctx) -> {
            throw new MailetException("bad");
        });
        MailPipeline pipeline = new MailPipeline(List.of(new Processor("root", List.of(failing), "error"), brokenError));
        assertThatThrownBy(() -> pipeline.run(mail("x@example.test"), new FakeMailetContext()))
                .isInstanceOf(PipelineException.class).hasMessageContaining("disk full");
    }
}
