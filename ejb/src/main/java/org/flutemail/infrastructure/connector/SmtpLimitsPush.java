package org.flutemail.infrastructure.connector;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.flutemail.application.Setting;
import org.flutemail.application.SettingsChanged;
import org.flutemail.application.internal.StoredSettings;

/**
 * Gives the resource adapter the stored SMTP settings (host name, largest message, most recipients,
 * connections per client address, the hourly sending limits):
 * at start and after each committed change, through the MBean the adapter publishes. The adapter asks
 * nothing per connection, and neither side needs the other's classes. Only this server's adapter
 * hears of a change; another node of a cluster takes it at its next start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class SmtpLimitsPush {

    static final String ADAPTER_LIMITS = "org.flutemail:type=SmtpLimits";

    private static final Logger LOG = Logger.getLogger(SmtpLimitsPush.class.getName());

    @Inject
    StoredSettings settings;

    @PostConstruct
    void atStart() {
        push(settings::value);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        push(change::value);
    }

    private void push(Function<Setting, String> values) {
        AttributeList attributes = SmtpLimitsAttributes.of(values);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(ADAPTER_LIMITS);
            if (!server.isRegistered(name)) {
                LOG.warning("the resource adapter publishes no SMTP limits; stored SMTP settings apply at its next start");
                return;
            }
            AttributeList set = server.setAttributes(name, attributes);
            if (set.size() != attributes.size()) {
                LOG.warning("the resource adapter took only " + set + " of " + attributes);
            }
        } catch (JMException e) {
            LOG.log(Level.WARNING, "could not give the resource adapter the stored SMTP settings", e);
        }
    }

    /** The adapter's attribute values: blank or zero where no setting applies, meaning "as it was configured". */
    static final class SmtpLimitsAttributes {

        private SmtpLimitsAttributes() {
        }

        static AttributeList of(Function<Setting, String> values) {
            AttributeList list = new AttributeList();
            list.add(new Attribute("HostName", values.apply(Setting.HOST_NAME)));
            list.add(new Attribute("MaxMessageSize", number(values.apply(Setting.MAX_MESSAGE_BYTES))));
            list.add(new Attribute("MaxRecipients", whole(values.apply(Setting.MAX_RECIPIENTS))));
            list.add(new Attribute("MaxConnectionsPerClient", whole(values.apply(Setting.MAX_CONNECTIONS_PER_CLIENT))));
            list.add(new Attribute("MessagesPerAccountPerHour", whole(values.apply(Setting.MESSAGES_PER_ACCOUNT_PER_HOUR))));
            list.add(new Attribute("MessagesPerClientPerHour", whole(values.apply(Setting.MESSAGES_PER_CLIENT_PER_HOUR))));
            list.add(new Attribute("RecipientsPerAccountPerHour", whole(values.apply(Setting.RECIPIENTS_PER_ACCOUNT_PER_HOUR))));
            return list;
        }

        private static int whole(String value) {
            return (int) Math.min(Integer.MAX_VALUE, number(value));
        }

        private static long number(String value) {
            // A value from the environment was never validated: one the adapter cannot take counts as unset.
            try {
                return value == null || value.isBlank() ? 0 : Math.max(0, Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
