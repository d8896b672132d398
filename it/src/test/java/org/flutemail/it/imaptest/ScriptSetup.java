package org.flutemail.it.imaptest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Brings the server to the state a script's header asks for, as imaptest does: log in every
 * connection, check the required capabilities, delete every mailbox and subscription under the test
 * mailbox's name, create it, append the mbox's messages and select it on every connection.
 */
final class ScriptSetup {

    private final ScriptRun run;

    ScriptSetup(ScriptRun run) {
        this.run = run;
    }

    /** Prepares the state; the result is the first required capability the server lacks, if any. */
    Optional<String> prepare() throws IOException {
        Script script = run.script();
        Session first = run.sessions().get(0);
        if (script.state() == StartupState.NONAUTH) {
            return missingCapability(first.connection.capabilities());
        }
        for (Session session : run.sessions()) {
            expectOk(session, "LOGIN " + quoted(session.account.user()) + " " + quoted(session.account.password()));
        }
        Optional<String> missing = missingCapability(first.connection.refreshCapabilities());
        if (missing.isPresent()) {
            return missing;
        }
        deleteTestMailboxes(first);
        if (script.state().includes(StartupState.CREATED)) {
            expectOk(first, "CREATE " + quoted(run.target().mailbox()));
        }
        if (script.state().includes(StartupState.APPENDED)) {
            appendMessages(first);
        }
        if (script.state().includes(StartupState.SELECTED)) {
            for (Session session : run.sessions()) {
                expectOk(session, "SELECT " + quoted(run.target().mailbox()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> missingCapability(List<String> announced) {
        return run.script().capabilities().stream()
                .filter(required -> announced.stream().noneMatch(required::equalsIgnoreCase))
                .findFirst();
    }

    private void deleteTestMailboxes(Session session) throws IOException {
        String pattern = quoted(run.target().mailbox() + "*");
        List<String> existing = names(session, "LIST \"\" " + pattern, "LIST");
        List<String> subscribed = names(session, "LSUB \"\" " + pattern, "LSUB");
        Comparator<String> deepestFirst = Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).reversed();
        for (String name : existing.stream().sorted(deepestFirst).toList()) {
            // a \Noselect parent may refuse; imaptest ignores that too
            send(session, "DELETE " + quoted(name));
        }
        for (String name : subscribed.stream().sorted(deepestFirst).toList()) {
            send(session, "UNSUBSCRIBE " + quoted(name));
        }
    }

    private List<String> names(Session session, String command, String replyName) throws IOException {
        List<ServerResponse> untagged = new ArrayList<>();
        ServerResponse reply = session.connection.command(command, untagged);
        if (!reply.first().equalsIgnoreCase("OK")) {
            throw new ScriptFailure("setup: " + command + " failed: " + reply.line());
        }
        List<String> names = new ArrayList<>();
        for (ServerResponse response : untagged) {
            List<ImapArg> args = response.args();
            if (response.first().equalsIgnoreCase(replyName) && args.size() >= 4 && args.get(3).astring() != null) {
                names.add(args.get(3).astring());
            }
        }
        return names;
    }

    private void appendMessages(Session session) throws IOException {
        int count = run.script().messages();
        for (int i = 0; count == Script.ALL_MESSAGES ? !run.mbox().atEnd() : i < count; i++) {
            expectOk(session, MboxAppend.nextMessage(session, run.mbox()));
        }
    }

    private void expectOk(Session session, String command) throws IOException {
        ServerResponse reply = send(session, command);
        if (!reply.first().equalsIgnoreCase("OK")) {
            String shown = command.startsWith("LOGIN ") ? "LOGIN " + session.account.user() : command;
            throw new ScriptFailure("setup: `" + ScriptFailure.shorten(shown) + "` failed: " + reply.line());
        }
    }

    private ServerResponse send(Session session, String command) throws IOException {
        String tag = session.connection.nextTag();
        ServerResponse early = session.send(tag, command, response -> { });
        if (early != null) {
            return early;
        }
        while (true) {
            ServerResponse response = session.read();
            if (response.kind() == ServerResponse.Kind.TAGGED && response.tag().equals(tag)) {
                return response;
            }
        }
    }

    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
