package org.flutemail.it.imaptest;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one command group: sends its commands (pipelined when there are several), then reads the
 * connection until each has its tagged reply, matching every untagged reply against the expected
 * ones on the way. Afterwards every {@code *} line must have matched, no {@code !} line may have,
 * and, when the script says {@code ignore_extra_untagged: no}, nothing else may have arrived.
 */
final class GroupRunner {

    private final ScriptRun run;
    private final CommandGroup group;
    private final Session session;
    private final Map<String, ScriptCommand> pending = new LinkedHashMap<>();
    private final Map<ScriptCommand, String> expandedText = new LinkedHashMap<>();
    private final boolean[] found;
    private final int[] closest;
    private final String[] closestReply;
    private String groupTag;
    private String firstExtraReply;
    private int unmatchedReplies;

    GroupRunner(ScriptRun run, CommandGroup group) {
        this.run = run;
        this.group = group;
        this.session = run.sessions().get(group.connection);
        this.found = new boolean[group.untagged.size()];
        this.closest = new int[group.untagged.size()];
        this.closestReply = new String[group.untagged.size()];
    }

    void run() throws IOException {
        run.variables().startGroup(session.messageCount);
        try {
            for (ScriptCommand command : group.commands) {
                send(command);
            }
            while (!pending.isEmpty()) {
                dispatch(session.read());
            }
        } catch (EOFException e) {
            if (!(group.expectsBye && session.seenBye)) {
                throw failure(firstPending(), "the server closed the connection", "a tagged reply", e.getMessage());
            }
            for (ScriptCommand command : pending.values()) {
                if (command.reply != ScriptParser.REPLY_ANY) {
                    throw failure(command, "disconnected after BYE", "only \"\" allowed as reply", "no tagged reply");
                }
            }
        } catch (SocketTimeoutException e) {
            throw failure(firstPending(), "no reply (hang)", "a tagged reply", e.getMessage());
        }
        checkExpectedUntagged();
        if (group.sleepMillis > 0) {
            try {
                Thread.sleep(group.sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send(ScriptCommand command) throws IOException {
        String expanded;
        try {
            expanded = run.variables().expand(command.text, false);
        } catch (ScriptFailure e) {
            throw failure(command, e.getMessage(), "all variables known", command.text);
        }
        expandedText.put(command, expanded);
        if (command.line == 0 || command.isLogout() || group.expectsBye) {
            session.loggingOut = true;
        }
        String tag = session.connection.nextTag();
        if (groupTag == null) {
            groupTag = tag;
        }
        pending.put(tag, command);
        ServerResponse early = session.send(tag, MboxAppend.command(expanded, session, run.mbox()), this::dispatch);
        if (early != null) {
            dispatch(early);
        }
    }

    private void dispatch(ServerResponse response) {
        switch (response.kind()) {
            case UNTAGGED -> untagged(response);
            case TAGGED -> tagged(response);
            case CONTINUATION -> {
                // only literals ask for continuation, and Session answers those
            }
        }
    }

    private void tagged(ServerResponse response) {
        ScriptCommand command = pending.remove(response.tag());
        if (command == null) {
            throw failure(firstPending(), "tagged reply for no pending command", "a pending tag", response.line());
        }
        Variables variables = run.variables();
        String expected = variables.expand(ImapArg.render(command.reply), true);
        if (response.first().equalsIgnoreCase("BAD") && !expectsBad(command)) {
            throw failure(command, "BAD reply", expected, response.line());
        }
        variables.define("tag", response.tag());
        int match = run.matcher().matches(command.reply, response.args(), true);
        variables.forget("tag");
        if (match != ReplyMatcher.MATCH) {
            throw failure(command, "wrong tagged reply", expected, response.line());
        }
    }

    private void untagged(ServerResponse response) {
        if (group.untagged.isEmpty() && (run.script().ignoreExtraUntagged() || session.loggingOut)) {
            noteExpunge(response);
            return;
        }
        boolean prefix = List.of("OK", "NO", "BAD", "BYE").contains(response.first().toUpperCase(java.util.Locale.ROOT));
        Variables variables = run.variables();
        variables.keepCaptures();
        boolean matchedAny = false;
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                continue;
            }
            ExpectedUntagged expected = group.untagged.get(i);
            variables.define("tag", groupTag);
            int match = run.matcher().matches(expected.args(), response.args(), prefix);
            variables.forget("tag");
            if (match == ReplyMatcher.MATCH) {
                if (expected.existence() == Existence.MUST_NOT_EXIST) {
                    throw failure(firstCommand(), "forbidden untagged reply",
                            "no " + variables.expand(ImapArg.render(expected.args()), true), response.line());
                }
                found[i] = true;
                matchedAny = true;
                variables.keepCaptures();
                if (group.ordered) {
                    break;
                }
                continue;
            }
            if (match > closest[i]) {
                closest[i] = match;
                closestReply[i] = response.line();
            }
            variables.revertCaptures();
            if (group.ordered && expected.existence() == Existence.MUST_EXIST) {
                break;
            }
        }
        if (!matchedAny) {
            unmatchedReplies++;
            if (!run.script().ignoreExtraUntagged() && firstExtraReply == null) {
                firstExtraReply = response.line();
            }
        }
        noteExpunge(response);
    }

    /** Sequence variables follow EXPUNGEs, after the EXPUNGE itself was matched. */
    private void noteExpunge(ServerResponse response) {
        if (Variables.isNumber(response.first()) && response.second().equalsIgnoreCase("EXPUNGE")) {
            run.variables().expunged(Integer.parseInt(response.first()));
        }
    }

    private void checkExpectedUntagged() {
        for (int i = 0; i < found.length; i++) {
            ExpectedUntagged expected = group.untagged.get(i);
            if (expected.existence() == Existence.MUST_EXIST && !found[i]) {
                String received = closestReply[i] == null
                        ? "nothing like it among " + unmatchedReplies + " unmatched untagged replies"
                        : "closest: " + closestReply[i];
                throw failure(firstCommand(), "missing untagged reply",
                        "* " + run.variables().expand(ImapArg.render(expected.args()), true), received);
            }
        }
        if (firstExtraReply != null) {
            throw failure(firstCommand(), unmatchedReplies + " unexpected untagged replies", "none", firstExtraReply);
        }
    }

    /** imaptest treats an unexpected BAD as a client error, even where the script accepts any reply. */
    private static boolean expectsBad(ScriptCommand command) {
        return !command.reply.isEmpty() && "bad".equalsIgnoreCase(command.reply.get(0).astring());
    }

    private ScriptCommand firstCommand() {
        return group.commands.get(0);
    }

    private ScriptCommand firstPending() {
        return pending.isEmpty() ? firstCommand() : pending.values().iterator().next();
    }

    private ScriptFailure failure(ScriptCommand command, String what, String expected, String received) {
        String shown = expandedText.getOrDefault(command, command.text);
        if (run.script().connections() > 1) {
            shown = (group.connection + 1) + " " + shown;
        }
        return ScriptFailure.at(command, shown, what, expected, received);
    }
}
