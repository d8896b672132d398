package org.flutemail.protocol.imap.command;

import java.util.List;
import java.util.Locale;

import org.flutemail.protocol.imap.codec.Argument;
import org.flutemail.protocol.imap.mailbox.MailboxNames;
import org.flutemail.protocol.imap.mailbox.MalformedNameException;

/**
 * A cursor over a command's arguments with one method per grammar element, each failing with the
 * {@code BAD} text a client can act on. Parsers read with it front to back and finish with {@link #end()}.
 */
public final class ArgumentReader {

    private final List<Argument> arguments;
    private final ParseContext context;
    private int position;

    public ArgumentReader(List<Argument> arguments, ParseContext context) {
        this.arguments = arguments;
        this.context = context;
    }

    public ParseContext context() {
        return context;
    }

    public boolean hasMore() {
        return position < arguments.size();
    }

    /** The next argument without consuming it, or null at the end. */
    public Argument peek() {
        return hasMore() ? arguments.get(position) : null;
    }

    /** True if the next argument is the atom {@code word}, in any case; consumes it if so. */
    public boolean acceptAtom(String word) {
        if (peek() instanceof Argument.Atom atom && atom.value().equalsIgnoreCase(word)) {
            position++;
            return true;
        }
        return false;
    }

    public boolean nextIsList() {
        return peek() instanceof Argument.ParenList;
    }

    public Argument next(String what) throws BadCommandException {
        if (!hasMore()) {
            throw new BadCommandException("Missing " + what);
        }
        return arguments.get(position++);
    }

    /** An atom, upper-cased: keywords, options, item names. */
    public String keyword(String what) throws BadCommandException {
        if (next(what) instanceof Argument.Atom atom && !atom.value().isEmpty()) {
            return atom.value().toUpperCase(Locale.ROOT);
        }
        throw new BadCommandException("Invalid " + what);
    }

    /** An atom as sent. */
    public String atom(String what) throws BadCommandException {
        if (next(what) instanceof Argument.Atom atom) {
            return atom.value();
        }
        throw new BadCommandException("Invalid " + what);
    }

    /** An astring: atom, quoted string or literal. */
    public String astring(String what) throws BadCommandException {
        Argument argument = next(what);
        if (argument instanceof Argument.ParenList) {
            throw new BadCommandException("Invalid " + what);
        }
        return argument.text();
    }

    /** A string proper: quoted or literal, never an atom. */
    public String string(String what) throws BadCommandException {
        Argument argument = next(what);
        if (argument instanceof Argument.Quoted || argument instanceof Argument.Literal) {
            return argument.text();
        }
        throw new BadCommandException("Invalid " + what);
    }

    /** An nstring: a string, or null for NIL. */
    public String nstring(String what) throws BadCommandException {
        if (peek() instanceof Argument.Atom atom && atom.isNil()) {
            position++;
            return null;
        }
        return string(what);
    }

    /** A mailbox name, decoded from modified UTF-7 unless UTF8=ACCEPT is on, INBOX normalised. */
    public String mailbox() throws BadCommandException {
        String wire = astring("mailbox name");
        try {
            return MailboxNames.fromWire(wire, context.utf8Accept());
        } catch (MalformedNameException e) {
            // The command is well formed; the name just cannot exist here, so NO rather than BAD.
            throw BadCommandException.refusal("CANNOT", e.getMessage());
        }
    }

    /** A number (RFC 9051 number64 at most), checked to be at least {@code min}. */
    public long number(String what, long min) throws BadCommandException {
        return Numbers.parse(atom(what), min, Long.MAX_VALUE, "Invalid " + what);
    }

    public List<Argument> list(String what) throws BadCommandException {
        if (next(what) instanceof Argument.ParenList list) {
            return list.items();
        }
        throw new BadCommandException("Invalid " + what + ": a parenthesised list is required");
    }

    public ArgumentReader listReader(String what) throws BadCommandException {
        return new ArgumentReader(list(what), context);
    }

    public SequenceSet sequenceSet() throws BadCommandException {
        return SequenceSet.parse(atom("sequence set"));
    }

    /** Fails if anything is left: trailing arguments are as wrong as missing ones. */
    public void end() throws BadCommandException {
        if (hasMore()) {
            throw new BadCommandException("Unexpected argument: " + abbreviate(peek()));
        }
    }

    private static String abbreviate(Argument argument) {
        String text = argument instanceof Argument.Literal ? "literal" : argument.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
