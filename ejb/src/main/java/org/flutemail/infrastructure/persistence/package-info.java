/**
 * JPA implementations of the domain's repository interfaces, on the {@code flute} persistence unit
 * (the {@code FluteDS} datasource). They join the caller's container transaction; none starts its own.
 * The schema is Flyway's (see {@code db/migration}), never Hibernate's.
 */
package org.flutemail.infrastructure.persistence;
