/**
 * The webmail: Jakarta Faces screens with PrimeFaces components, one backing bean per screen
 * ({@link org.flutemail.interfaces.webmail.LoginScreen}, {@link org.flutemail.interfaces.webmail.PasswordChangeScreen},
 * {@link org.flutemail.interfaces.webmail.MailScreen}), and the servlet that streams message content.
 *
 * <p>Beans call the application services of the EJB module ({@code AuthenticationService},
 * {@code MailboxService}, {@code MailReadingService}) and hold only their DTOs. Who is logged in is
 * {@link org.flutemail.interfaces.webmail.WebmailSession}; every call passes that account, never an
 * address from the request. Texts come from the {@code messages} resource bundle (English and
 * Simplified Chinese). HTML from mail reaches the browser only through
 * {@link org.flutemail.interfaces.webmail.HtmlSanitizer}, in a sandboxed frame.
 */
package org.flutemail.interfaces.webmail;
