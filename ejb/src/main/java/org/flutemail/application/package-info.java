/**
 * What the outside (protocol adapters, REST, screens) asks of Flute, as service interfaces and the
 * read-only views they return. Implementations are stateless EJBs in {@code internal}, running each
 * call in a container transaction. Depends on the domain and the pipeline API; never on web, JMS or
 * connector types.
 */
package org.flutemail.application;
