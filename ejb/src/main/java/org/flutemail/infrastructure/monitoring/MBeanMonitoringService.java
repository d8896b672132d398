package org.flutemail.infrastructure.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.flutemail.application.MonitoringService;

/**
 * Every numeric and boolean attribute of the {@code org.flutemail:*} MBeans as a sample: the MBean's
 * {@code type} and the attribute make the name ({@code type=Messages} + {@code AcceptedTotal} gives
 * {@code flute_messages_accepted_total}), its other key properties the labels; booleans are 1 or 0.
 * Reading the MBeans keeps JMX, the scrape and the dashboard in agreement.
 */
@ApplicationScoped
public class MBeanMonitoringService implements MonitoringService {

    private static final Logger LOG = Logger.getLogger(MBeanMonitoringService.class.getName());

    @Override
    public List<Sample> samples() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<Sample> samples = new ArrayList<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(MonitoringMBeans.DOMAIN + ":*"), null)) {
                read(server, name, samples);
            }
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        samples.sort(Comparator.comparing(Sample::name).thenComparing(s -> s.labels().toString()));
        return samples;
    }

    @Override
    public List<String> recentProblems() {
        try {
            Object recent = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName(MonitoringMBeans.DOMAIN + ":type=Log"), "Recent");
            return recent instanceof String[] lines ? List.of(lines) : List.of();
        } catch (JMException e) {
            LOG.log(Level.FINE, "reading the recent problems", e);
            return List.of();
        }
    }

    private static void read(MBeanServer server, ObjectName name, List<Sample> samples) {
        String type = name.getKeyProperty("type");
        if (type == null) {
            return;
        }
        Map<String, String> labels = new TreeMap<>();
        name.getKeyPropertyList().forEach((key, value) -> {
            if (!"type".equals(key)) {
                labels.put(snake(key), value.startsWith("\"") ? ObjectName.unquote(value) : value);
            }
        });
        try {
            MBeanAttributeInfo[] attributes = server.getMBeanInfo(name).getAttributes();
            String[] names = new String[attributes.length];
            for (int i = 0; i < attributes.length; i++) {
                names[i] = attributes[i].getName();
            }
            for (Attribute attribute : server.getAttributes(name, names).asList()) {
                Double value = number(attribute.getValue());
                if (value != null) {
                    samples.add(new Sample("flute_" + snake(type) + "_" + snake(attribute.getName()), labels,
                            attribute.getName().endsWith("Total"), value));
                }
            }
        } catch (JMException e) {
            LOG.log(Level.FINE, "reading " + name, e);
        }
    }

    private static Double number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }

    /** {@code ActiveSessions} -> {@code active_sessions}. */
    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().replaceAll("[^a-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }
}
