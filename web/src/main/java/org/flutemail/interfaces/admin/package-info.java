/**
 * The administration screens under {@code /admin/} (Jakarta Faces + PrimeFaces): login, dashboard,
 * domains, accounts and the audit log, for system and domain administrators. They log in through
 * {@link org.flutemail.application.AdminAuthenticationService} (throttled like every other login), and
 * {@link org.flutemail.interfaces.admin.AdminAccessFilter} makes each request's caller known to the
 * application, so every screen asks the same {@link org.flutemail.application.AuthorizationService} as
 * the REST API and every change is audited alike. Texts: {@code messages.properties} here, English and
 * Simplified Chinese, as {@code #{adm[...]}}. May use the application layer, never the domain directly.
 */
package org.flutemail.interfaces.admin;
