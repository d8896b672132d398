package org.flutemail.it.imaptest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads one imaptest script (FORMAT.md): the header, then command lines in the three forms
 * (reply first, reply after, or pipelined with {@code tagN}), expected untagged lines, and the
 * {@code !ifenv}/{@code !ifnenv}/{@code !else}/{@code !endif} preprocessing. A script that does not
 * log out gets a final {@code ok logout} on the first connection, as imaptest adds one.
 */
final class ScriptParser {

    static final List<ImapArg> REPLY_OK = List.of(new ImapArg.Atom("ok"));
    static final List<ImapArg> REPLY_NO = List.of(new ImapArg.Atom("no"));
    static final List<ImapArg> REPLY_BAD = List.of(new ImapArg.Atom("bad"));
    static final List<ImapArg> REPLY_ANY = List.of(new ImapArg.Atom(""));

    private record ReplyPrefix(int scriptTag, List<ImapArg> reply, String rest) {
    }

    private record IfEnv(boolean skipBefore, boolean[] elseSeen) {
    }

    private final Predicate<String> environmentHas;
    private final List<CommandGroup> groups = new ArrayList<>();
    private final Deque<IfEnv> ifenvs = new ArrayDeque<>();
    private List<String> capabilities = List.of();
    private int connections = 1;
    private int messages = 0;
    private StartupState state = StartupState.SELECTED;
    private boolean ignoreExtraUntagged = true;
    private int secondUserConnection;
    private CommandGroup group;
    private boolean skip;

    private ScriptParser(Predicate<String> environmentHas) {
        this.environmentHas = environmentHas;
    }

    /** Parses {@code file}; its messages come from {@code <file>.mbox}, or {@code defaultMbox} if none. */
    static Script parse(Path file, Path defaultMbox, Predicate<String> environmentHas) {
        String content;
        try {
            content = new String(Files.readAllBytes(file), ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path ownMbox = file.resolveSibling(file.getFileName() + ".mbox");
        Path mbox = Files.exists(ownMbox) ? ownMbox : defaultMbox;
        return new ScriptParser(environmentHas).parse(file.getFileName().toString(), content, mbox);
    }

    private Script parse(String name, String content, Path mbox) {
        boolean header = true;
        int lastLine = 0;
        for (ScriptLineReader.Line line : ScriptLineReader.read(content)) {
            lastLine = line.number();
            if (line.text().isEmpty()) {
                header = false;
            } else if (header) {
                headerLine(line);
            } else {
                commandLine(line.number(), line.text());
            }
        }
        if (!ifenvs.isEmpty()) {
            throw new ScriptSyntaxException(lastLine, "!ifenv not closed with !endif");
        }
        if (groups.isEmpty()) {
            throw new ScriptSyntaxException(lastLine, "no commands");
        }
        if (group.repliesPending > 0) {
            throw new ScriptSyntaxException(lastLine, "missing tagged reply of the last command");
        }
        addLogoutUnlessPresent();
        return new Script(name, capabilities, connections, messages, state, ignoreExtraUntagged, secondUserConnection,
                mbox, List.copyOf(groups));
    }

    private void headerLine(ScriptLineReader.Line line) {
        int colon = line.text().indexOf(':');
        if (colon < 0) {
            throw new ScriptSyntaxException(line.number(), "header line without ':'");
        }
        String key = line.text().substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.text().substring(colon + 1).trim();
        switch (key) {
            case "capabilities" -> capabilities = Arrays.stream(value.split(" +")).filter(s -> !s.isEmpty()).toList();
            case "connections" -> connections = Integer.parseInt(value);
            case "ignore_extra_untagged" -> ignoreExtraUntagged = value.startsWith("y");
            case "messages" -> messages = value.equals("all") ? Script.ALL_MESSAGES : Integer.parseInt(value);
            case "state" -> state = switch (value.toLowerCase(Locale.ROOT)) {
                case "nonauth" -> StartupState.NONAUTH;
                case "auth" -> StartupState.AUTH;
                case "created" -> StartupState.CREATED;
                case "appended" -> StartupState.APPENDED;
                case "selected" -> StartupState.SELECTED;
                default -> throw new ScriptSyntaxException(line.number(), "unknown state " + value);
            };
            default -> {
                if (key.matches("user [1-9][0-9]*") && (value.equals("$user2") || value.equals("${user2}"))) {
                    secondUserConnection = Integer.parseInt(key.substring("user ".length()));
                } else {
                    throw new ScriptSyntaxException(line.number(), "unknown header " + key);
                }
            }
        }
    }

    private void commandLine(int number, String line) {
        if (preprocessing(number, line) || skip) {
            return;
        }
        if (group != null) {
            if (groupDirective(line)) {
                return;
            }
            Existence existence = Existence.ofPrefix(line);
            if (existence != null) {
                addUntagged(number, line.substring(2), existence);
                return;
            }
            if (group.repliesPending > 0 && finishedReply(number, line)) {
                return;
            }
        }
        if (group == null || group.repliesPending == 0) {
            group = new CommandGroup();
            groups.add(group);
        }
        String text = line;
        if (connections > 1) {
            int connection = leadingNumber(text);
            if (connection <= 0) {
                throw new ScriptSyntaxException(number, "missing connection number");
            }
            if (!group.commands.isEmpty() && group.connection != connection - 1) {
                throw new ScriptSyntaxException(number, "all pipelined commands must use the same connection");
            }
            group.connection = connection - 1;
            connections = Math.max(connections, connection);
            text = afterFirstWord(text);
        }
        ReplyPrefix prefix = replyPrefix(text);
        if (prefix.scriptTag() == 0 && group.repliesPending > 0) {
            throw new ScriptSyntaxException(number, "missing reply of the previous command");
        }
        if (prefix.scriptTag() != 0 && group.commandWithTag(prefix.scriptTag()) != null) {
            throw new ScriptSyntaxException(number, "tag reused within a pipelined group");
        }
        if (group.commands.isEmpty() && Existence.ofPrefix(prefix.rest()) != null) {
            throw new ScriptSyntaxException(number, "banner checks are not supported by this runner");
        }
        if (prefix.reply() == null) {
            group.repliesPending++;
        }
        group.commands.add(new ScriptCommand(number, prefix.scriptTag(), prefix.rest(), prefix.reply()));
    }

    private boolean preprocessing(int number, String line) {
        if (line.startsWith("!ifenv ") || line.startsWith("!ifnenv ")) {
            boolean has = environmentHas.test(line.substring(line.indexOf(' ') + 1).trim());
            ifenvs.push(new IfEnv(skip, new boolean[1]));
            if (line.startsWith("!ifenv ") ? !has : has) {
                skip = true;
            }
            return true;
        }
        if (line.equals("!else")) {
            IfEnv top = ifenvs.peek();
            if (top == null || top.elseSeen()[0]) {
                throw new ScriptSyntaxException(number, "!else without a matching !ifenv");
            }
            top.elseSeen()[0] = true;
            if (!top.skipBefore()) {
                skip = !skip;
            }
            return true;
        }
        if (line.equals("!endif")) {
            IfEnv top = ifenvs.poll();
            if (top == null) {
                throw new ScriptSyntaxException(number, "!endif without !ifenv");
            }
            skip = top.skipBefore();
            return true;
        }
        return false;
    }

    private boolean groupDirective(String line) {
        if (line.startsWith("!sleep ")) {
            String value = line.substring(7).trim();
            group.sleepMillis = value.endsWith("ms") ? Long.parseLong(value.substring(0, value.length() - 2))
                    : Long.parseLong(value.replaceAll("s$", "")) * 1000;
            return true;
        }
        if (line.startsWith("!output ")) {
            return true;
        }
        if (line.equals("!ordered")) {
            group.ordered = true;
            return true;
        }
        return false;
    }

    private boolean finishedReply(int number, String line) {
        String withoutConnection = line;
        int connection = 0;
        if (connections > 1) {
            connection = leadingNumber(line);
            if (connection > 0) {
                withoutConnection = afterFirstWord(line);
            }
        }
        ReplyPrefix prefix = replyPrefix(withoutConnection);
        if (prefix.reply() == null) {
            return false;
        }
        if (connections > 1 && connection == 0) {
            throw new ScriptSyntaxException(number, "missing connection number");
        }
        if (connections > 1 && connection - 1 != group.connection) {
            throw new ScriptSyntaxException(number, "reply for the wrong connection");
        }
        ScriptCommand command = group.commandWithTag(prefix.scriptTag());
        if (command == null || command.reply != null) {
            throw new ScriptSyntaxException(number, "reply for an unknown tag or a command that has one");
        }
        List<ImapArg> args = ImapArgParser.parse(withoutConnection);
        command.reply = prefix.scriptTag() == 0 ? args : args.subList(1, args.size());
        group.repliesPending--;
        return true;
    }

    private void addUntagged(int number, String text, Existence existence) {
        List<ImapArg> args;
        try {
            args = ListDirectives.withDefaults(ImapArgParser.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ScriptSyntaxException(number, e.getMessage());
        }
        if (text.regionMatches(true, 0, "bye", 0, 3)) {
            if (existence == Existence.MAY_EXIST) {
                throw new ScriptSyntaxException(number, "'? bye' is not supported");
            }
            group.expectsBye |= existence == Existence.MUST_EXIST;
        }
        group.untagged.add(new ExpectedUntagged(existence, args));
    }

    private static ReplyPrefix replyPrefix(String line) {
        String rest = line;
        int scriptTag = 0;
        String first = firstWord(rest);
        if (first.regionMatches(true, 0, "tag", 0, 3) && rest.indexOf(' ') >= 0) {
            int number = parseUnsigned(first.substring(3));
            if (number > 0) {
                scriptTag = number;
                rest = afterFirstWord(rest);
                first = firstWord(rest);
            }
        }
        List<ImapArg> reply = switch (first.toLowerCase(Locale.ROOT)) {
            case "ok" -> REPLY_OK;
            case "no" -> REPLY_NO;
            case "bad" -> REPLY_BAD;
            case "\"\"" -> REPLY_ANY;
            default -> null;
        };
        if (reply != null) {
            rest = rest.substring(first.length());
            if (rest.startsWith(" ")) {
                rest = rest.substring(1);
            }
        }
        return new ReplyPrefix(scriptTag, reply, rest);
    }

    private void addLogoutUnlessPresent() {
        for (CommandGroup g : groups) {
            if (g.expectsBye || g.commands.stream().anyMatch(ScriptCommand::isLogout)) {
                return;
            }
        }
        CommandGroup logout = new CommandGroup();
        logout.commands.add(new ScriptCommand(0, 0, "logout", REPLY_OK));
        groups.add(logout);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String afterFirstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? "" : text.substring(space + 1);
    }

    private static int leadingNumber(String text) {
        return parseUnsigned(firstWord(text));
    }

    private static int parseUnsigned(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
