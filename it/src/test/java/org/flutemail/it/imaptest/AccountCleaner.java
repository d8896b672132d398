package org.flutemail.it.imaptest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Empties an account over IMAP before a run on a shared server (the reference peer): every folder
 * but INBOX deleted, deepest first, every subscription dropped and INBOX expunged.
 */
public final class AccountCleaner {

    private AccountCleaner() {
    }

    public static void clean(ImaptestTarget target, ImaptestTarget.Account account) throws IOException {
        try (ImapConnection connection = ImapConnection.open(target, 0)) {
            expectOk(connection, "LOGIN " + ScriptSetup.quoted(account.user()) + " "
                    + ScriptSetup.quoted(account.password()));
            for (String name : names(connection, "LSUB \"\" \"*\"")) {
                connection.command("UNSUBSCRIBE " + ScriptSetup.quoted(name), new ArrayList<>());
            }
            List<String> folders = names(connection, "LIST \"\" \"*\"");
            for (String name : folders.stream().sorted(Comparator.reverseOrder()).toList()) {
                if (!name.equalsIgnoreCase("INBOX")) {
                    connection.command("DELETE " + ScriptSetup.quoted(name), new ArrayList<>());
                }
            }
            List<ServerResponse> selected = new ArrayList<>();
            expectOk(connection.command("SELECT INBOX", selected), "SELECT INBOX");
            boolean empty = selected.stream().anyMatch(r -> r.first().equals("0") && r.second().equalsIgnoreCase("EXISTS"));
            if (!empty) {
                expectOk(connection, "STORE 1:* +FLAGS.SILENT (\\Deleted)");
                expectOk(connection, "EXPUNGE");
            }
            connection.command("LOGOUT", new ArrayList<>());
        }
    }

    private static List<String> names(ImapConnection connection, String command) throws IOException {
        List<ServerResponse> untagged = new ArrayList<>();
        expectOk(connection.command(command, untagged), command);
        List<String> names = new ArrayList<>();
        for (ServerResponse response : untagged) {
            if (response.args().size() >= 4 && response.args().get(3).astring() != null) {
                names.add(response.args().get(3).astring());
            }
        }
        return names;
    }

    private static void expectOk(ImapConnection connection, String command) throws IOException {
        expectOk(connection.command(command, new ArrayList<>()), command.startsWith("LOGIN") ? "LOGIN" : command);
    }

    private static void expectOk(ServerResponse reply, String command) throws IOException {
        if (!reply.first().equalsIgnoreCase("OK")) {
            throw new IOException(command + " failed: " + reply.line());
        }
    }
}
