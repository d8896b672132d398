package org.flutemail.connector.adapter;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Publishing the adapter's MBeans in the platform MBean server. Monitoring and settings are no reason to
 * fail the adapter, so problems are logged, not thrown; a bean left over from an earlier deployment under
 * the same name is replaced.
 */
final class PlatformMBeans {

    private static final Logger LOG = Logger.getLogger(PlatformMBeans.class.getName());

    private PlatformMBeans() {
    }

    /** @param consequence what a failure means, for the warning ("stored ports will not apply") */
    static void publish(Object bean, String objectName, String consequence) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(objectName);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(bean, name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "cannot publish " + objectName + " in JMX; " + consequence, e);
        }
    }

    static void withdraw(String objectName) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(objectName);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.log(Level.FINE, "unpublishing " + objectName, e);
        }
    }
}
