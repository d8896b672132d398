package org.flutemail.it.imaptest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches a server reply against an expected one as imaptest does: strings compare
 * case-insensitively unless {@code ${case:...}}; an unset {@code $var} captures what the server sent
 * up to the next character the pattern expects; {@code $} alone matches any value or list and
 * {@code $]} skips to the closing bracket; lists obey their {@code $!} directives.
 *
 * <p>The result is either {@link #MATCH} or how many leading elements matched, so that a report
 * can show the closest reply when none matched.
 */
final class ReplyMatcher {

    static final int MATCH = Integer.MAX_VALUE;

    private final Variables variables;

    ReplyMatcher(Variables variables) {
        this.variables = variables;
    }

    /** @param prefix the last expected element may be a prefix, and more elements may follow (resp-text) */
    int matches(List<ImapArg> expected, List<ImapArg> received, boolean prefix) {
        return matchArgs(expected, 0, received, 0, Integer.MAX_VALUE, prefix);
    }

    private int matchArgs(List<ImapArg> expected, int e, List<ImapArg> received, int r, int max, boolean prefix) {
        int matched = 0;
        for (; e < expected.size() && max > 0; e++, r++, max--) {
            ImapArg want = expected.get(e);
            ImapArg got = r < received.size() ? received.get(r) : null;
            if (want instanceof ImapArg.Nil) {
                if (!(got instanceof ImapArg.Nil)) {
                    return matched;
                }
            } else if (want instanceof ImapArg.Items list) {
                if (!(got instanceof ImapArg.Items gotList)) {
                    return matched;
                }
                int sub = matchList(list.items(), gotList.items());
                if (sub != MATCH) {
                    return matched + sub;
                }
            } else {
                String pattern = cString(want.astring());
                if (pattern.equals("$]")) {
                    while (r < received.size() && received.get(r) instanceof ImapArg.Atom atom
                            && atom.value().indexOf(']') < 0) {
                        r++;
                    }
                } else if (!(pattern.equals("$") && got instanceof ImapArg.Items)) {
                    String value = got == null || got.astring() == null ? null : cString(got.astring());
                    if (value == null) {
                        return matched;
                    }
                    boolean[] caseInsensitive = {true};
                    String expanded = expandAgainst(pattern, value, caseInsensitive);
                    if (expanded == null || !sameText(value, expanded, caseInsensitive[0],
                            prefix && e == expected.size() - 1)) {
                        return matched;
                    }
                }
            }
            matched++;
        }
        return prefix || r >= received.size() || max == 0 ? MATCH : matched;
    }

    /**
     * imaptest compares C strings, so a value ends at its first NUL octet. Scripts rely on that: the
     * expected binary literal of append-binary is one octet short of what it appended, which only
     * goes unnoticed because both sides start with a NUL.
     */
    private static String cString(String value) {
        int nul = value.indexOf('\0');
        return nul < 0 ? value : value.substring(0, nul);
    }

    private static boolean sameText(String received, String expected, boolean ignoreCase, boolean prefix) {
        if (prefix) {
            return received.regionMatches(ignoreCase, 0, expected, 0, expected.length());
        }
        return ignoreCase ? received.equalsIgnoreCase(expected) : received.equals(expected);
    }

    private int matchList(List<ImapArg> expected, List<ImapArg> received) {
        boolean unordered = false;
        int chain = 1;
        int noExtra = -1;
        List<String> ignores = new ArrayList<>();
        List<String> bans = new ArrayList<>();
        int e = 0;
        for (; e < expected.size() && ListDirectives.isDirective(expected.get(e)); e++) {
            String directive = ((ImapArg.Atom) expected.get(e)).value().substring(2);
            if (directive.startsWith("unordered")) {
                unordered = true;
                noExtra = noExtra == -1 ? 0 : noExtra;
                if (directive.startsWith("unordered=")) {
                    chain = Integer.parseInt(directive.substring("unordered=".length()));
                }
            } else if (directive.equals("ordered")) {
                unordered = false;
            } else if (directive.equals("extra")) {
                noExtra = 0;
            } else if (directive.equals("noextra")) {
                noExtra = 1;
            } else if (directive.startsWith("ignore=")) {
                ignores.add(directive.substring("ignore=".length()));
            } else if (directive.startsWith("ban=")) {
                bans.add(directive.substring("ban=".length()));
            }
        }
        List<ImapArg> wanted = expected.subList(e, expected.size());
        if (!unordered) {
            return matchArgs(wanted, 0, received, 0, Integer.MAX_VALUE, false);
        }
        int count = received.size();
        if (chain <= 0 || count % chain != 0 || wanted.size() % chain != 0) {
            return 0;
        }
        boolean[] used = new boolean[count];
        int matched = 0;
        for (int w = 0; w < wanted.size(); w += chain, matched++) {
            int r = 0;
            while (r < count && matchArgs(wanted, w, received, r, chain, false) != MATCH) {
                r += chain;
            }
            if (r >= count) {
                return matched;
            }
            used[r] = true;
        }
        List<String> unmatched = new ArrayList<>();
        for (int r = 0; r < count; r += chain) {
            String value = received.get(r).astring();
            if (!used[r] && value != null) {
                unmatched.add(value.toLowerCase(Locale.ROOT));
            }
        }
        List<String> ignored = ignores.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<String> banned = bans.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (noExtra != 0 && !ignored.containsAll(unmatched)) {
            return matched;
        }
        if (noExtra == 0 && unmatched.stream().anyMatch(banned::contains)) {
            return matched;
        }
        return MATCH;
    }

    /**
     * The pattern with its variables expanded against {@code input}, capturing unset ones; null as
     * soon as a literal character of the pattern or a known variable's value differs.
     */
    String expandAgainst(String pattern, String input, boolean[] caseInsensitive) {
        caseInsensitive[0] = true;
        StringBuilder out = new StringBuilder();
        int p = 0;
        int in = 0;
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c != '$' || (p + 1 < pattern.length() && pattern.charAt(p + 1) == '$')) {
                if (c == '$') {
                    p++;
                }
                if (in >= input.length() || Character.toUpperCase(pattern.charAt(p))
                        != Character.toUpperCase(input.charAt(in))) {
                    return null;
                }
                in++;
                out.append(pattern.charAt(p++));
                continue;
            }
            p++;
            String name;
            if (p < pattern.length() && pattern.charAt(p) == '{') {
                int close = pattern.indexOf('}', p + 1);
                if (close < 0) {
                    return "";
                }
                name = pattern.substring(p + 1, close);
                p = close + 1;
            } else {
                int end = p;
                while (end < pattern.length() && Variables.isVariableChar(pattern.charAt(end))) {
                    end++;
                }
                name = pattern.substring(p, end);
                p = end;
            }
            String value;
            if (Variables.isNumber(name)) {
                value = variables.relativeSequence(Long.parseLong(name));
            } else if (name.startsWith("case:")) {
                caseInsensitive[0] = false;
                value = name.substring("case:".length());
            } else {
                value = name.isEmpty() ? null : variables.value(name);
                if (value == null) {
                    value = capture(name, pattern.substring(p), input.substring(in));
                }
            }
            out.append(value);
            for (int v = 0; v < value.length(); v++, in++) {
                if (in >= input.length() || input.charAt(in) != value.charAt(v)) {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /** The unset variable takes the input up to the first character that the rest of the pattern starts with. */
    private String capture(String name, String restOfPattern, String input) {
        boolean[] ignoreCase = {true};
        String stop = restOfPattern;
        if (restOfPattern.startsWith("$")) {
            stop = expandAgainst(restOfPattern, input, ignoreCase);
            stop = stop == null ? "" : stop;
        }
        int end = 0;
        if (!stop.isEmpty()) {
            char first = stop.charAt(0);
            while (end < input.length() && (ignoreCase[0]
                    ? Character.toUpperCase(input.charAt(end)) != Character.toUpperCase(first)
                    : input.charAt(end) != first)) {
                end++;
            }
        } else {
            end = input.length();
        }
        String value = input.substring(0, end);
        if (name.isEmpty()) {
            return value;
        }
        if (name.startsWith("modseq") && Variables.isNumber(name.substring("modseq".length()))) {
            return variables.captureModseq(name, Long.parseLong(name.substring("modseq".length())), value);
        }
        variables.capture(name, value);
        return value;
    }
}
