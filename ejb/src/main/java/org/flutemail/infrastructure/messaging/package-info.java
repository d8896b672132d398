/**
 * The broker side of the pipeline: {@link org.flutemail.infrastructure.messaging.JmsInboundQueue}
 * puts a spooled message's queue id on {@code FluteInbound} in the accepting transaction, and
 * {@link org.flutemail.infrastructure.messaging.InboundMailConsumer} takes it off to run the
 * pipeline. Retries, their delays and the dead-letter queue are the broker's (configured in
 * wildfly-config), not ours.
 */
package org.flutemail.infrastructure.messaging;
