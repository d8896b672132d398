/**
 * Monitoring: the counters of {@link org.flutemail.application.MailEvents} and the JMX MBeans under
 * {@code org.flutemail:type=...} that publish them with queue depths, database, disk and memory figures.
 * The REST metrics endpoint reads these MBeans, so JMX and the scrape always show the same numbers. The
 * resource adapter registers its own MBeans (listeners, sessions) in the same domain.
 */
package org.flutemail.infrastructure.monitoring;
