/**
 * The administration REST API under {@code /api/v1}: JSON in and out, HTTP Basic against the
 * server's {@code flute} security domain, system administrators only (web.xml). Resources translate
 * HTTP to calls on the application services and back; they hold no logic of their own. Errors are
 * JSON {@code {"error": code, "message": text}} ({@link org.flutemail.interfaces.rest.ErrorMapper}).
 */
package org.flutemail.interfaces.rest;
