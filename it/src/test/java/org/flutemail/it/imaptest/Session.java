package org.flutemail.it.imaptest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * One of a script's connections and what the client knows from it: how many messages the selected
 * mailbox has (EXISTS minus EXPUNGEs seen so far), which mailbox a plain {@code append} goes to,
 * and whether the server said BYE.
 */
final class Session implements Closeable {

    /** Receives the responses that arrive while a command is still being sent. */
    interface ResponseSink {
        void accept(ServerResponse response);
    }

    final ImapConnection connection;
    final ImaptestTarget.Account account;
    int messageCount;
    String mailbox;
    boolean seenBye;
    boolean loggingOut;

    Session(ImapConnection connection, ImaptestTarget.Account account, String mailbox) {
        this.connection = connection;
        this.account = account;
        this.mailbox = mailbox;
    }

    ServerResponse read() throws IOException {
        ServerResponse response = connection.read();
        if (response.kind() == ServerResponse.Kind.UNTAGGED) {
            observe(response);
        }
        return response;
    }

    private void observe(ServerResponse response) {
        if (response.first().equalsIgnoreCase("BYE")) {
            seenBye = true;
            return;
        }
        if (!Variables.isNumber(response.first())) {
            return;
        }
        int number = Integer.parseInt(response.first());
        if (response.second().equalsIgnoreCase("EXISTS")) {
            messageCount = number;
        } else if (response.second().equalsIgnoreCase("EXPUNGE") && messageCount > 0) {
            messageCount--;
        }
    }

    /**
     * Sends one command, waiting for "+" before each synchronising literal; what arrives meanwhile
     * goes to {@code sink}. Returns the command's tagged reply if the server answered before the
     * command was complete (a rejected literal), otherwise null.
     */
    ServerResponse send(String tag, String command, ResponseSink sink) throws IOException {
        noteMailboxSwitch(command);
        List<String> parts = CommandWire.parts(tag, command, connection.hasCapability("LITERAL+"));
        for (int i = 0; i < parts.size(); i++) {
            connection.write(parts.get(i));
            if (i == parts.size() - 1) {
                break;
            }
            while (true) {
                ServerResponse response = read();
                if (response.kind() == ServerResponse.Kind.CONTINUATION) {
                    break;
                }
                if (response.kind() == ServerResponse.Kind.TAGGED && response.tag().equals(tag)) {
                    return response;
                }
                sink.accept(response);
            }
        }
        return null;
    }

    /** SELECT or EXAMINE of another mailbox starts a new view, as imaptest's client does. */
    private void noteMailboxSwitch(String command) {
        String lower = command.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("select ") && !lower.startsWith("examine ")) {
            return;
        }
        List<ImapArg> args = ImapArgParser.parse(command.substring(command.indexOf(' ') + 1));
        String name = args.isEmpty() ? null : args.get(0).astring();
        if (name != null && !name.equals(mailbox)) {
            mailbox = name;
            messageCount = 0;
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
