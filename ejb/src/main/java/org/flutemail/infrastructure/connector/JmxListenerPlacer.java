package org.flutemail.infrastructure.connector;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import org.flutemail.application.ListenerPlacer;

/**
 * Calls the resource adapter's {@code org.flutemail:type=ListenerPlacements} MBean, so neither side needs
 * the other's classes. The adapter's refusal (a port in use) comes back as an {@code IllegalStateException}
 * with the adapter's reason.
 */
@ApplicationScoped
public class JmxListenerPlacer implements ListenerPlacer {

    static final String ADAPTER_PLACEMENTS = "org.flutemail:type=ListenerPlacements";

    @Override
    public void place(String key, int port, boolean enabled) {
        invoke("place", new Object[] {key, port, enabled},
                new String[] {String.class.getName(), int.class.getName(), boolean.class.getName()});
    }

    @Override
    public void forget(String key) {
        invoke("forget", new Object[] {key}, new String[] {String.class.getName()});
    }

    private static void invoke(String operation, Object[] arguments, String[] signature) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(ADAPTER_PLACEMENTS);
            if (!server.isRegistered(name)) {
                throw new IllegalStateException("the resource adapter is not running; listeners cannot be moved now");
            }
            server.invoke(name, operation, arguments, signature);
        } catch (RuntimeMBeanException e) {
            throw new IllegalStateException(e.getTargetException().getMessage(), e.getTargetException());
        } catch (MBeanException e) {
            throw new IllegalStateException(e.getTargetException().getMessage(), e.getTargetException());
        } catch (JMException e) {
            throw new IllegalStateException("cannot reach the resource adapter's listeners: " + e.getMessage(), e);
        }
    }
}
