/**
 * What happens when the application starts: the schema is migrated (Flyway), an empty database gets
 * its system administrator and first domain, and messages left waiting by a crash are queued again.
 * Also the few settings read from the environment ({@link org.flutemail.infrastructure.startup.ServerSettings}).
 */
package org.flutemail.infrastructure.startup;
