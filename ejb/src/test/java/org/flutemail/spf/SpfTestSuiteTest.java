package org.flutemail.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.flutemail.dns.InMemoryDns;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The RFC 7208 test suite (openspf.org, release 2014.04), run against {@link SpfEvaluator} with its
 * zone data in memory. Debian ships it with python3-spf; another copy can be named with the system
 * property {@code flute.spf.testsuite}. Skipped when neither is there.
 *
 * <p>As the suite asks of its drivers, names that have only SPF-type records get them as TXT records
 * too (RFC 7208 looks up TXT only), and "TIMEOUT" makes every look-up of a name time out, unless the
 * name has TXT records of its own (then the timeout was for the SPF type).
 */
class SpfTestSuiteTest {

    private static final Path DEBIAN = Path.of("/usr/share/doc/python3-spf/rfc7208-tests.yml.gz");

    @TestFactory
    List<DynamicTest> rfc7208Suite() throws Exception {
        Path file = Path.of(System.getProperty("flute.spf.testsuite", DEBIAN.toString()));
        Assumptions.assumeTrue(Files.exists(file), "no RFC 7208 test suite at " + file);
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            LoaderOptions options = new LoaderOptions();
            for (Object doc : new Yaml(options).loadAll(in)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> scenario = (Map<String, Object>) doc;
                InMemoryDns dns = zone(scenario);
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> cases = (Map<String, Map<String, Object>>) scenario.get("tests");
                cases.forEach((name, c) -> tests.add(DynamicTest.dynamicTest(name, () -> run(name, c, dns))));
            }
        }
        return tests;
    }

    private static void run(String name, Map<String, Object> c, InMemoryDns dns) throws Exception {
        InetAddress client = InetAddress.getByName(c.get("host").toString());
        String mailFrom = c.get("mailfrom").toString();
        String helo = c.get("helo").toString();
        SpfEvaluator.Outcome outcome = SpfEvaluator.check(dns, client, mailFrom, helo);
        Object expected = c.get("result");
        List<String> acceptable = expected instanceof List<?> l ? l.stream().map(Object::toString).toList()
                : List.of(expected.toString());
        assertThat(acceptable).as("%s (%s): got %s %s", name, c.get("description"), outcome.result(), outcome.reason())
                .contains(outcome.result().keyword());
    }

    @SuppressWarnings("unchecked")
    private static InMemoryDns zone(Map<String, Object> scenario) {
        InMemoryDns dns = new InMemoryDns();
        Map<String, List<Object>> zone = (Map<String, List<Object>>) scenario.getOrDefault("zonedata", Map.of());
        zone.forEach((name, records) -> {
            boolean hasTxt = false;
            boolean timeout = false;
            boolean realTxt = false;
            List<String> spf = new ArrayList<>();
            for (Object r : records) {
                if ("TIMEOUT".equals(r)) {
                    timeout = true;
                    continue;
                }
                Map.Entry<String, Object> e = ((Map<String, Object>) r).entrySet().iterator().next();
                String type = e.getKey().toUpperCase(Locale.ROOT);
                Object v = e.getValue();
                switch (type) {
                    case "SPF" -> {
                        if (!"NONE".equals(v)) {
                            spf.add(text(v));
                        }
                    }
                    case "TXT" -> {
                        hasTxt = true;
                        if (!"NONE".equals(v)) {
                            realTxt = true;
                            dns.add(name, "TXT", text(v));
                        }
                    }
                    case "MX" -> {
                        List<Object> mx = (List<Object>) v;
                        String host = mx.get(1).toString();
                        dns.add(name, "MX", mx.get(0) + " " + (host.isEmpty() ? "." : host));
                    }
                    default -> dns.add(name, type, v.toString());
                }
            }
            if (!hasTxt) {
                spf.forEach(s -> dns.add(name, "TXT", s));
            }
            if (timeout && !realTxt) {
                // With TXT records of its own, a name's TIMEOUT is meant for type SPF, which RFC 7208 no longer asks.
                dns.timeout(name);
            }
        });
        return dns;
    }

    /** A TXT record given as one string or as its list of character-strings. */
    private static String text(Object v) {
        return v instanceof List<?> l ? String.join("", l.stream().map(Object::toString).toList()) : v.toString();
    }
}
