/**
 * The stateless EJBs behind the application's service interfaces, and the helpers only they use.
 * Container-managed transactions: each public service call is one transaction unless it says otherwise.
 */
package org.flutemail.application.internal;
