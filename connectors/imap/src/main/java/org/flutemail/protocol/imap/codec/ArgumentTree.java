package org.flutemail.protocol.imap.codec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Collects the arguments of one command into nested lists, enforcing the count and depth limits. */
final class ArgumentTree {

    private final Deque<List<Argument>> open = new ArrayDeque<>();
    private List<Argument> top = new ArrayList<>();
    private int count;

    void add(Argument argument, DecoderLimits limits) throws DecodeFailure {
        if (++count > limits.maxArguments()) {
            throw new DecodeFailure(DecodeError.Kind.TOO_MANY_ARGUMENTS, "Too many arguments");
        }
        current().add(argument);
    }

    void openList(DecoderLimits limits) throws DecodeFailure {
        if (open.size() >= limits.maxNestingDepth()) {
            throw new DecodeFailure(DecodeError.Kind.TOO_DEEPLY_NESTED, "Lists nested too deeply");
        }
        if (++count > limits.maxArguments()) {
            throw new DecodeFailure(DecodeError.Kind.TOO_MANY_ARGUMENTS, "Too many arguments");
        }
        open.push(new ArrayList<>());
    }

    void closeList() throws DecodeFailure {
        if (open.isEmpty()) {
            throw DecodeFailure.syntax("Unexpected )");
        }
        List<Argument> items = open.pop();
        current().add(new Argument.ParenList(items));
    }

    /** The arguments of a finished command; fails if a list is still open. */
    List<Argument> finish() throws DecodeFailure {
        if (!open.isEmpty()) {
            throw DecodeFailure.syntax("Missing )");
        }
        return top;
    }

    void clear() {
        open.clear();
        top = new ArrayList<>();
        count = 0;
    }

    private List<Argument> current() {
        return open.isEmpty() ? top : open.peek();
    }
}
