package org.flutemail.wildfly.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A JDBC driver that hands each connection to the real driver chosen by the URL's prefix.
 *
 * <p>WildFly's datasource {@code FluteDS} uses this driver (JBoss module {@code org.flutemail.jdbc},
 * which depends on the modules {@code com.h2database.h2} and {@code org.postgresql}), so that the
 * database is chosen at start-up by the environment variable {@code FLUTE_DB_URL} alone: an
 * {@code jdbc:h2:} URL gets H2, a {@code jdbc:postgresql:} URL gets PostgreSQL, with no rebuild and
 * no second variable that could disagree with the URL. The connections returned are the real
 * driver's own, so validation ({@code Connection.isValid}) and everything else is the vendor's.
 */
public final class RoutingDriver implements Driver {

    /** URL prefix to driver class; the classes are loaded through this module's dependencies. */
    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:postgresql:", "org.postgresql.Driver");

    private final Map<String, Driver> delegates = new ConcurrentHashMap<>();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver d = delegate(url);
        return d == null ? null : d.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) {
        return className(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver d = delegate(url);
        return d == null ? new DriverPropertyInfo[0] : d.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    private static String className(String url) {
        if (url == null) {
            return null;
        }
        for (Map.Entry<String, String> e : DRIVERS.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private Driver delegate(String url) throws SQLException {
        String cls = className(url);
        if (cls == null) {
            return null;
        }
        Driver d = delegates.get(cls);
        if (d == null) {
            try {
                d = (Driver) Class.forName(cls, true, RoutingDriver.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new SQLException("cannot load JDBC driver " + cls + " for " + prefixOf(url), e);
            }
            Driver prev = delegates.putIfAbsent(cls, d);
            if (prev != null) {
                d = prev;
            }
        }
        return d;
    }

    private static String prefixOf(String url) {
        int i = url.indexOf(':', 5);
        return i < 0 ? url : url.substring(0, i + 1);
    }
}
