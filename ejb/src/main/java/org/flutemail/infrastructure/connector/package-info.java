/**
 * The EJB end of the Flute resource adapter: message-driven beans on the connector API's listener
 * interfaces. They translate between the connector DTOs and the application services, nothing more.
 */
package org.flutemail.infrastructure.connector;
