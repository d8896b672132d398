package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code $!} directives at the head of an expected list, and the defaults FORMAT.md gives to
 * lists that have none: a FETCH list is unordered in pairs, its FLAGS list unordered without extras
 * (but \Recent may be there), LIST/LSUB flags unordered, a STATUS list unordered in pairs.
 */
final class ListDirectives {

    static final String PREFIX = "$!";

    private record Context(Context parent, String replyName, String previousAtom, int indexInParent) {
    }

    private ListDirectives() {
    }

    /** The expected reply with default directives inserted into every list that declares none. */
    static List<ImapArg> withDefaults(List<ImapArg> args) {
        return apply(new Context(null, replyName(args), null, 0), args);
    }

    static boolean isDirective(ImapArg arg) {
        return arg instanceof ImapArg.Atom atom && atom.value().startsWith(PREFIX);
    }

    private static String replyName(List<ImapArg> args) {
        if (args.isEmpty() || !(args.get(0) instanceof ImapArg.Atom first)) {
            return "";
        }
        String name = first.value();
        if (!name.isEmpty() && (name.charAt(0) == '$' || Character.isDigit(name.charAt(0)))) {
            name = args.size() > 1 && args.get(1) instanceof ImapArg.Atom second ? second.value() : "";
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<ImapArg> apply(Context context, List<ImapArg> list) {
        List<ImapArg> out = new ArrayList<>(list);
        int chain = 1;
        boolean declared = false;
        for (ImapArg arg : list) {
            if (!isDirective(arg)) {
                break;
            }
            chain = checkedChain(((ImapArg.Atom) arg).value().substring(2), chain);
            declared = true;
        }
        if (!declared) {
            out.addAll(0, defaults(context));
        }
        String previousAtom = null;
        for (int i = 0; i < out.size(); i++) {
            ImapArg arg = out.get(i);
            if (arg instanceof ImapArg.Atom atom) {
                previousAtom = atom.value().toLowerCase(Locale.ROOT);
            } else if (arg instanceof ImapArg.Items sub) {
                Context child = new Context(context, context.replyName(), previousAtom, chain == 1 ? i : i % chain);
                out.set(i, new ImapArg.Items(apply(child, sub.items())));
            }
        }
        return out;
    }

    private static int checkedChain(String directive, int chain) {
        if (directive.equals("unordered")) {
            return chain;
        }
        if (directive.startsWith("unordered=")) {
            try {
                return Integer.parseInt(directive.substring("unordered=".length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("broken $!unordered directive: " + directive);
            }
        }
        if (directive.equals("ordered") || directive.equals("noextra") || directive.equals("extra")
                || directive.startsWith("ignore=") || directive.startsWith("ban=")) {
            return chain;
        }
        throw new IllegalArgumentException("unknown directive: $!" + directive);
    }

    private static List<ImapArg> defaults(Context context) {
        Context parent = context.parent();
        if (parent == null) {
            return List.of();
        }
        boolean topLevelList = parent.parent() == null && parent.indexInParent() == 0;
        switch (context.replyName()) {
            case "list", "lsub" -> {
                if (topLevelList && context.indexInParent() == 1) {
                    return atoms("$!unordered");
                }
            }
            case "status" -> {
                if (topLevelList && context.indexInParent() == 2) {
                    return atoms("$!unordered=2");
                }
            }
            case "fetch" -> {
                if (topLevelList && context.indexInParent() == 2) {
                    return atoms("$!unordered=2");
                }
                Context grandParent = parent.parent();
                if (grandParent != null && grandParent.parent() == null && grandParent.indexInParent() == 0
                        && parent.indexInParent() == 2 && "flags".equals(context.previousAtom())) {
                    return atoms("$!unordered", "$!noextra", "$!ignore=\\recent", "$!ignore=$HasAttachment",
                            "$!ignore=$HasNoAttachment");
                }
            }
            default -> {
                // other replies have no default directives
            }
        }
        return List.of();
    }

    private static List<ImapArg> atoms(String... values) {
        return java.util.Arrays.stream(values).<ImapArg>map(ImapArg.Atom::new).toList();
    }
}
