package org.flutemail.pipeline.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.ProcessorNames;

/**
 * Carries a mail from {@code root} through the processors until every part of it is finished.
 *
 * <p>A mail moved to another processor starts there at the first step; a mail that stays continues
 * with the next step. When a matcher picks only some recipients, those are split off into a new
 * mail that the step's mailet acts on, and both parts continue on their own.
 */
public final class MailPipeline {

    /** More steps than any sane configuration takes for one mail: beyond this, processors loop. */
    private static final int MAX_STEPS = 10_000;

    private final Map<String, Processor> processors;

    public MailPipeline(List<Processor> processors) {
        this.processors = new LinkedHashMap<>();
        for (Processor p : processors) {
            this.processors.put(p.name(), p);
        }
        for (String required : List.of(ProcessorNames.ROOT, ProcessorNames.ERROR)) {
            if (!this.processors.containsKey(required)) {
                throw new PipelineException("a pipeline needs a '" + required + "' processor");
            }
        }
    }

    private record Position(Mail mail, int step) {
    }

    /** Processes {@code mail} and every part split from it; returns when all are finished. */
    public void run(Mail mail, MailetContext context) {
        Deque<Position> work = new ArrayDeque<>();
        work.add(new Position(mail, 0));
        int budget = MAX_STEPS;
        while (!work.isEmpty()) {
            Position position = work.poll();
            Mail current = position.mail();
            int step = position.step();
            while (!current.isFinished()) {
                if (--budget < 0) {
                    throw new PipelineException("mail " + current.queueId() + " took more than " + MAX_STEPS
                            + " steps: the processors send it round in a loop");
                }
                Processor processor = processorFor(current);
                if (step >= processor.steps().size()) {
                    fellOffTheEnd(current, processor);
                    step = 0;
                    continue;
                }
                Step s = processor.steps().get(step);
                Set<String> matched = matched(s, current, context);
                if (matched.isEmpty()) {
                    step++;
                    continue;
                }
                Mail target = matched.size() == current.recipients().size() ? current : current.split(matched);
                String stateBefore = target.state();
                apply(s, target, processor, context);
                int next = target.state().equals(stateBefore) ? step + 1 : 0;
                if (target == current) {
                    step = next;
                } else {
                    work.add(new Position(target, next));
                    step++;
                }
            }
        }
    }

    private Processor processorFor(Mail mail) {
        Processor processor = processors.get(mail.state());
        if (processor == null) {
            throw new PipelineException("mail " + mail.queueId() + " was sent to processor '" + mail.state()
                    + "', which does not exist");
        }
        return processor;
    }

    private static Set<String> matched(Step step, Mail mail, MailetContext context) {
        Collection<String> picked = step.matcher().match(mail, context);
        Set<String> result = new HashSet<>(picked);
        result.retainAll(mail.recipients());
        return result;
    }

    private static void apply(Step step, Mail mail, Processor processor, MailetContext context) {
        try {
            step.mailet().service(mail, context);
        } catch (MailetException e) {
            if (processor.name().equals(processor.errorProcessor())) {
                // The error processor failing on its own terms has nowhere left to send the mail.
                throw new PipelineException("processor '" + processor.name() + "' failed at step '" + step.name()
                        + "' while handling an error: " + e.getMessage());
            }
            mail.setError(e.status(), step.name() + ": " + e.getMessage());
            mail.moveTo(processor.errorProcessor());
        }
    }

    private static void fellOffTheEnd(Mail mail, Processor processor) {
        if (processor.name().equals(ProcessorNames.ERROR)) {
            throw new PipelineException("the error processor ended without finishing mail " + mail.queueId());
        }
        // Every processor should end a mail explicitly; one that does not has lost track of it.
        mail.setError(MailetException.UNDEFINED, "processor '" + processor.name() + "' ended without handling the mail");
        mail.moveTo(processor.errorProcessor());
    }
}
