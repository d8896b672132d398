package org.flutemail.it.imaptest;

import java.util.List;

/**
 * One response from the server, literals included: untagged ({@code *}), a command continuation
 * request ({@code +}), or the tagged completion of a command.
 */
record ServerResponse(Kind kind, String tag, List<ImapArg> args, String raw) {

    enum Kind { UNTAGGED, CONTINUATION, TAGGED }

    static ServerResponse parse(String raw) {
        if (raw.startsWith("+")) {
            return new ServerResponse(Kind.CONTINUATION, null, List.of(), raw);
        }
        if (raw.startsWith("* ")) {
            return new ServerResponse(Kind.UNTAGGED, null, ImapArgParser.parse(raw.substring(2)), raw);
        }
        int space = raw.indexOf(' ');
        String tag = space < 0 ? raw.strip() : raw.substring(0, space);
        return new ServerResponse(Kind.TAGGED, tag, ImapArgParser.parse(space < 0 ? "" : raw.substring(space + 1)), raw);
    }

    /** The first word after the tag or star: OK, NO, BAD, BYE, CAPABILITY, or a number. */
    String first() {
        return args.isEmpty() || args.get(0).astring() == null ? "" : args.get(0).astring();
    }

    String second() {
        return args.size() < 2 || args.get(1).astring() == null ? "" : args.get(1).astring();
    }

    String line() {
        return ScriptFailure.shorten(raw.strip());
    }
}
