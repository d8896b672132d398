package org.flutemail.infrastructure.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.flutemail.application.QueueDepths.Depths;
import org.flutemail.application.QueueDepths;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Registers the application's MBeans at start and removes them at undeployment (a registered MBean
 * would otherwise keep the old deployment's classes alive).
 */
@Singleton
@Startup
public class MonitoringMBeans {

    static final String DOMAIN = "org.flutemail";
    /** The protocols whose logins are counted, so each has its MBean (with zeros) from the start. */
    static final List<String> LOGIN_PROTOCOLS = List.of("SMTP", "POP3", "IMAP", "WEBMAIL", "ADMIN");

    private static final Logger LOG = Logger.getLogger(MonitoringMBeans.class.getName());

    @Inject
    CountingMailEvents events;

    @EJB
    QueueDepths depths;

    @Inject
    ContentSweepTally contentSweeps;

    private final List<ObjectName> registered = new ArrayList<>();
    private final RecentProblems problems = new RecentProblems();

    @PostConstruct
    void register() {
        Logger.getLogger("").addHandler(problems);
        publish("type=Log", new LogMXBean() {
            @Override
            public long getErrorsTotal() {
                return problems.errorsTotal();
            }

            @Override
            public long getWarningsTotal() {
                return problems.warningsTotal();
            }

            @Override
            public List<String> getRecent() {
                return problems.recent().stream().map(RecentProblems.Problem::toString).toList();
            }
        });
        CountingMailEvents counters = events;
        publish("type=Messages", new MessagesMXBean() {
            @Override
            public long getAcceptedTotal() {
                return counters.acceptedCount();
            }

            @Override
            public long getRejectedTotal() {
                return counters.rejectedCount();
            }

            @Override
            public long getDeliveredTotal() {
                return counters.deliveredCount();
            }
        });
        for (String protocol : LOGIN_PROTOCOLS) {
            publish("type=Logins,protocol=" + protocol, new LoginsMXBean() {
                @Override
                public long getSucceededTotal() {
                    return counters.logins(protocol, true);
                }

                @Override
                public long getFailedTotal() {
                    return counters.logins(protocol, false);
                }
            });
        }
        publish("type=Queues", new QueuesView(depths));
        publish("type=Host", new HostView(depths));
        publishBean("type=ContentSweep", contentSweeps, ContentSweepMXBean.class);
    }

    /** For a CDI bean: the interface is named, as the container's proxy class is not what it implements. */
    private <T> void publishBean(String keys, T bean, Class<T> mxBeanInterface) {
        publish(keys, new StandardMBean(bean, mxBeanInterface, true));
    }

    @PreDestroy
    void unregister() {
        Logger.getLogger("").removeHandler(problems);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                LOG.log(Level.FINE, "unregistering " + name, e);
            }
        }
        registered.clear();
    }

    private void publish(String keys, Object mbean) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(DOMAIN + ":" + keys);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(mbean, name);
            registered.add(name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "cannot register the MBean " + keys, e);
        }
    }

    /** Each attribute is one query set; a monitor reads them all at once, so the set is cheap enough. */
    static final class QueuesView implements QueuesMXBean {

        private final QueueDepths depths;

        QueuesView(QueueDepths depths) {
            this.depths = depths;
        }

        private long read(ToLongFunction<Depths> figure) {
            try {
                return figure.applyAsLong(depths.current());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "queue depths: the database does not answer", e);
                return -1;
            }
        }

        @Override
        public long getSpoolAccepted() {
            return read(Depths::spoolAccepted);
        }

        @Override
        public long getSpoolFailed() {
            return read(Depths::spoolFailed);
        }

        /** From the broker, not the database: its own read, so a broker problem does not look like the database's. */
        @Override
        public long getDeadLettered() {
            try {
                return depths.deadLettered();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "queue depths: the dead-letter queue cannot be browsed", e);
                return -1;
            }
        }

        @Override
        public long getOutboundWaiting() {
            return read(Depths::outboundWaiting);
        }

        @Override
        public long getOutboundRetrying() {
            return read(Depths::outboundRetrying);
        }

        @Override
        public long getOutboundFailed() {
            return read(Depths::outboundFailed);
        }
    }

    static final class HostView implements HostMXBean {

        private final QueueDepths depths;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        HostView(QueueDepths depths) {
            this.depths = depths;
        }

        @Override
        public boolean isDatabaseReachable() {
            try {
                depths.current();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public long getDataDirectoryFreeBytes() {
            return disk(FileStore::getUsableSpace);
        }

        @Override
        public long getDataDirectoryTotalBytes() {
            return disk(FileStore::getTotalSpace);
        }

        private interface StoreFigure {
            long of(FileStore store) throws IOException;
        }

        private static long disk(StoreFigure figure) {
            try {
                return figure.of(Files.getFileStore(ServerSettings.dataDirectory()));
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        @Override
        public long getHeapUsedBytes() {
            return memory.getHeapMemoryUsage().getUsed();
        }

        @Override
        public long getHeapMaxBytes() {
            return memory.getHeapMemoryUsage().getMax();
        }

        @Override
        public long getNonHeapUsedBytes() {
            return memory.getNonHeapMemoryUsage().getUsed();
        }
    }
}
