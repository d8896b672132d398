package org.flutemail.application.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;

import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.command.SearchKey;
import org.flutemail.protocol.imap.command.SequenceSet;

/**
 * Whether one message matches an IMAP search key (RFC 9051 section 6.4.4). Keys on flags, sizes, dates
 * and UIDs use the message row; text keys read the content, once, only when a text key is reached.
 * Text matches are substring matches on decoded, lower-cased text, so Chinese text in any charset is
 * found whatever the charset the client searched in.
 */
final class ImapSearch {

    /** The content of the message being looked at, read on first need. */
    interface ContentSource {
        byte[] read(StoredMessage message) throws IOException;
    }

    private final SearchKey key;
    private final ContentSource contents;
    private final ContentSource headers;
    private final Instant now;

    /**
     * @param headers the message's header octets (or more), read instead of the content when only header
     *                fields are searched
     */
    ImapSearch(SearchKey key, ContentSource contents, ContentSource headers, Instant now) {
        this.key = key;
        this.contents = contents;
        this.headers = headers;
        this.now = now;
    }

    boolean matches(StoredMessage message) {
        return matches(key, message, new Texts(lazy(headers, message), lazy(contents, message)));
    }

    /** The header and the whole message as searchable text, each read on first need. */
    private record Texts(Supplier<SearchableText> header, Supplier<SearchableText> whole) {
    }

    private static Supplier<SearchableText> lazy(ContentSource source, StoredMessage message) {
        return new Supplier<>() {
            private SearchableText read;

            @Override
            public SearchableText get() {
                if (read == null) {
                    try {
                        read = new SearchableText(source.read(message));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return read;
            }
        };
    }

    private boolean matches(SearchKey key, StoredMessage message, Texts text) {
        if (key instanceof SearchKey.All) {
            return true;
        }
        if (key instanceof SearchKey.Flag flag) {
            boolean has = message.flagNames().stream().anyMatch(f -> f.equalsIgnoreCase(flag.flag()));
            // \Recent is never set here (RFC 9051 removed it): RECENT matches nothing, NOT RECENT everything.
            return has == flag.set();
        }
        if (key instanceof SearchKey.Sequence sequence) {
            return contains(sequence.set(), message.uid());
        }
        if (key instanceof SearchKey.Size size) {
            return size.larger() ? message.size() > size.octets() : message.size() < size.octets();
        }
        if (key instanceof SearchKey.ModSeq modSeq) {
            return message.modseq() >= modSeq.modSeq();
        }
        if (key instanceof SearchKey.Within within) {
            Instant limit = now.minusSeconds(within.seconds());
            return within.older() ? message.internalDate().isBefore(limit) : !message.internalDate().isBefore(limit);
        }
        if (key instanceof SearchKey.Date date) {
            return date(date, message, text);
        }
        if (key instanceof SearchKey.Text search) {
            if (search.field().equalsIgnoreCase("SUBJECT") && fromRow(message)) {
                // The row keeps the decoded subject: no need to open the content for it.
                return message.subject() != null
                        && message.subject().toLowerCase(Locale.ROOT).contains(search.value().toLowerCase(Locale.ROOT));
            }
            boolean body = search.field().equalsIgnoreCase("BODY") || search.field().equalsIgnoreCase("TEXT");
            return text(search, body ? text.whole().get() : text.header().get());
        }
        if (key instanceof SearchKey.Header header) {
            String value = text.header().get().header(header.name());
            return value != null && value.contains(header.value().toLowerCase(Locale.ROOT));
        }
        if (key instanceof SearchKey.Not not) {
            return !matches(not.key(), message, text);
        }
        if (key instanceof SearchKey.Or or) {
            return matches(or.left(), message, text) || matches(or.right(), message, text);
        }
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().allMatch(k -> matches(k, message, text));
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    /** Whether the row's subject is the whole decoded field (the column clips very long ones). */
    private static boolean fromRow(StoredMessage message) {
        return message.subject() == null || message.subject().length() < MessageSummary.MAX_SUBJECT;
    }

    private static boolean text(SearchKey.Text search, SearchableText text) {
        String wanted = search.value().toLowerCase(Locale.ROOT);
        String field = search.field().toUpperCase(Locale.ROOT);
        return switch (field) {
            case "BODY" -> text.body().contains(wanted);
            case "TEXT" -> text.headers().contains(wanted) || text.body().contains(wanted);
            case "FROM", "TO", "CC", "BCC" -> addressFieldContains(text.header(field), text.addresses(field), wanted);
            default -> {
                String value = text.header(field);
                yield value != null && value.contains(wanted);
            }
        };
    }

    /**
     * Whether an address field contains {@code wanted} (lower-cased): its decoded value (null when the
     * message has no such field) or its addresses ({@link SearchableText#addresses}). Also what
     * {@link AddressIndex} decides by.
     */
    static boolean addressFieldContains(String value, String addresses, String wanted) {
        return value != null && value.contains(wanted) || addresses != null && addresses.contains(wanted);
    }

    /**
     * Dates compare by day, disregarding time and time zone (RFC 9051 section 6.4.4): the internal
     * date's day in UTC, the Date field's day as written in it.
     */
    private static boolean date(SearchKey.Date date, StoredMessage message, Texts text) {
        LocalDate day = date.sent() ? text.header().get().sentDay()
                : message.internalDate().atZone(ZoneOffset.UTC).toLocalDate();
        if (day == null) {
            return false;
        }
        return switch (date.comparison()) {
            case BEFORE -> day.isBefore(date.date());
            case ON -> day.isEqual(date.date());
            case SINCE -> !day.isBefore(date.date());
        };
    }

    private static boolean contains(SequenceSet set, long uid) {
        return set.ranges().stream().anyMatch(range -> range.low() <= uid && uid <= range.high());
    }
}
