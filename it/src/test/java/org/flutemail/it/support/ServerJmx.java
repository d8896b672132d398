package org.flutemail.it.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The server JVM's own figures over JMX, through the local attach mechanism (same machine, same
 * user): no management user or remote JMX port needs configuring in the server under test.
 */
public final class ServerJmx implements AutoCloseable {

    private final JMXConnector connector;
    private final ThreadMXBean threads;
    private final MBeanServerConnection connection;

    private ServerJmx(JMXConnector connector, ThreadMXBean threads, MBeanServerConnection connection) {
        this.connector = connector;
        this.threads = threads;
        this.connection = connection;
    }

    public static ServerJmx attach(FluteServer server) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(server.jvmPid()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            return new ServerJmx(connector, ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class), connection);
        } catch (IOException | com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IllegalStateException("cannot attach to " + server.name() + " over JMX", e);
        }
    }

    /** Live threads of the server JVM, daemons included. */
    public int liveThreads() {
        return threads.getThreadCount();
    }

    /** One attribute of one MBean, e.g. {@code attribute("org.flutemail:type=Messages", "AcceptedTotal")}. */
    public Object attribute(String objectName, String attribute) {
        try {
            return connection.getAttribute(new javax.management.ObjectName(objectName), attribute);
        } catch (IOException | javax.management.JMException e) {
            throw new IllegalStateException("cannot read " + objectName + " " + attribute, e);
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
