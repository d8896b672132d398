package org.flutemail.it.imaptest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one parsed script against the target: opens its connections, defines the predefined
 * variables, prepares the startup state, runs the command groups in order and stops at the first
 * mismatch. Connections are always closed, whatever happened.
 */
final class ScriptExecutor {

    private final ImaptestTarget target;

    ScriptExecutor(ImaptestTarget target) {
        this.target = target;
    }

    ScriptResult run(Script script) {
        if (script.secondUserConnection() > 0 && target.users().size() < 2) {
            return ScriptResult.skip(script.name(), "needs a second account ($user2)");
        }
        List<Session> sessions = new ArrayList<>();
        Trace trace = Trace.to(target.traceDir(), script.name());
        try {
            for (int i = 0; i < script.connections(); i++) {
                ImaptestTarget.Account account = target.users().get(i + 1 == script.secondUserConnection() ? 1 : 0);
                sessions.add(new Session(ImapConnection.open(target, i + 1, trace), account, target.mailbox()));
            }
            Variables variables = variables(script);
            ScriptRun run = new ScriptRun(script, target, sessions, variables, new ReplyMatcher(variables),
                    MboxSource.read(script.mbox()));
            Optional<String> missing = new ScriptSetup(run).prepare();
            if (missing.isPresent()) {
                return ScriptResult.skip(script.name(), "capability " + missing.get() + " not announced");
            }
            for (CommandGroup group : script.groups()) {
                new GroupRunner(run, group).run();
            }
            return ScriptResult.pass(script.name());
        } catch (ScriptFailure e) {
            trace.note("FAIL " + e.getMessage());
            return ScriptResult.fail(script.name(), e.getMessage());
        } catch (IOException e) {
            trace.note("FAIL " + e);
            return ScriptResult.fail(script.name(), "connection: " + e.getMessage());
        } finally {
            sessions.forEach(Session::close);
            trace.close();
        }
    }

    private Variables variables(Script script) {
        Variables variables = new Variables();
        for (int i = 0; i < target.users().size(); i++) {
            ImaptestTarget.Account account = target.users().get(i);
            String suffix = i == 0 ? "" : Integer.toString(i + 1);
            variables.define("user" + suffix, account.user());
            variables.define("username" + suffix, account.username());
            variables.define("domain" + suffix, account.domain(target.host()));
            variables.define("password" + suffix, account.password());
        }
        variables.define("mailbox", target.mailbox());
        variables.define("mailbox_url", MailboxUrl.of(target.mailbox()));
        return variables;
    }
}
