package org.flutemail.infrastructure.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.flutemail.application.ListenerDirectory;

/** Reads the {@code org.flutemail:type=Listener,*} MBeans the resource adapter registers for its bound ports. */
@ApplicationScoped
public class JmxListenerDirectory implements ListenerDirectory {

    private static final Logger LOG = Logger.getLogger(JmxListenerDirectory.class.getName());
    private static final String[] ATTRIBUTES = {"Listener", "Key", "Protocol", "Port", "ConfiguredPort", "Enabled", "Up",
        "ActiveSessions"};

    @Override
    public List<ListenerState> listeners() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<ListenerState> found = new ArrayList<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(MonitoringMBeans.DOMAIN + ":type=Listener,*"), null)) {
                read(server, name, found);
            }
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparingInt(ListenerState::port));
        return found;
    }

    private static void read(MBeanServer server, ObjectName name, List<ListenerState> found) {
        try {
            List<Object> v = new ArrayList<>();
            AttributeList read = server.getAttributes(name, ATTRIBUTES);
            read.asList().forEach(a -> v.add(a.getValue()));
            if (v.size() == ATTRIBUTES.length) {
                found.add(new ListenerState((String) v.get(0), (String) v.get(1), (String) v.get(2),
                        (Integer) v.get(3), (Integer) v.get(4), (Boolean) v.get(5), (Boolean) v.get(6),
                        (Integer) v.get(7)));
            }
        } catch (JMException e) {
            // Unregistered between the query and the read: the port has just closed.
            LOG.log(Level.FINE, "reading " + name, e);
        }
    }
}
