package org.flutemail.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flutemail.application.DnsRecordService.DnsRecordView;
import org.flutemail.application.DnsRecordService.Status;
import org.flutemail.dns.DnsException;
import org.flutemail.dns.DnsResolver;

/**
 * What a domain should publish and whether it does, without a container: the records are built from
 * the domain, the server's host name and the active DKIM keys, and compared with what a
 * {@link DnsResolver} finds. "Right" is judged by meaning, not by text: an MX naming this host among
 * others, an SPF record that lets the domain's MX hosts send, the DKIM key's {@code p=}, a DMARC
 * record with a policy.
 */
final class DnsRecordCheck {

    /** One active DKIM key: its DNS name and TXT value, as {@code DkimKeyService} shows them. */
    record DkimRecord(String name, String value) {
    }

    private DnsRecordCheck() {
    }

    static List<DnsRecordView> expected(String domain, String hostName, List<DkimRecord> dkim) {
        List<DnsRecordView> records = new ArrayList<>();
        records.add(unchecked("MX", domain, "10 " + hostName + "."));
        records.add(unchecked("SPF", domain, "v=spf1 mx -all"));
        for (DkimRecord key : dkim) {
            records.add(unchecked("DKIM", key.name(), key.value()));
        }
        records.add(unchecked("DMARC", "_dmarc." + domain, "v=DMARC1; p=quarantine; rua=mailto:postmaster@" + domain));
        return records;
    }

    static List<DnsRecordView> check(List<DnsRecordView> expected, String hostName, DnsResolver dns) {
        List<DnsRecordView> checked = new ArrayList<>();
        for (DnsRecordView record : expected) {
            List<String> found;
            try {
                found = lookUp(record, dns);
            } catch (DnsException e) {
                checked.add(new DnsRecordView(record.type(), record.name(), record.expected(), Status.UNANSWERED,
                        List.of(String.valueOf(e.getMessage()))));
                continue;
            }
            Status status = found.isEmpty() ? Status.MISSING
                    : found.stream().anyMatch(f -> right(record, f, hostName)) ? Status.PRESENT : Status.WRONG;
            checked.add(new DnsRecordView(record.type(), record.name(), record.expected(), status, found));
        }
        return checked;
    }

    private static List<String> lookUp(DnsRecordView record, DnsResolver dns) throws DnsException {
        return switch (record.type()) {
            case "MX" -> dns.mx(record.name());
            case "SPF" -> withPrefix(dns.txt(record.name()), "v=spf1");
            case "DMARC" -> withPrefix(dns.txt(record.name()), "v=dmarc1");
            default -> dns.txt(record.name());
        };
    }

    private static boolean right(DnsRecordView record, String found, String hostName) {
        return switch (record.type()) {
            case "MX" -> bare(found).equals(bare(hostName));
            case "SPF" -> authorisesThisHost(found, hostName);
            case "DMARC" -> !tag(found, "p").isEmpty();
            default -> !tag(found, "p").isEmpty() && tag(found, "p").equals(tag(record.expected(), "p"));
        };
    }

    /** {@code mx}, {@code a:<host>} or {@code include}-free equivalents that let this host send. */
    private static boolean authorisesThisHost(String spf, String hostName) {
        for (String term : spf.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            String t = term.startsWith("+") ? term.substring(1) : term;
            if (t.equals("mx") || t.equals("a:" + bare(hostName))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a {@code tag=value} in a DKIM or DMARC record, white space removed; empty when absent. */
    private static String tag(String record, String name) {
        for (String part : record.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase(name)) {
                return kv[1].replaceAll("\\s+", "");
            }
        }
        return "";
    }

    private static List<String> withPrefix(List<String> txt, String prefix) {
        return txt.stream().filter(t -> t.trim().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
    }

    private static String bare(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static DnsRecordView unchecked(String type, String name, String expected) {
        return new DnsRecordView(type, name, expected, null, List.of());
    }
}
