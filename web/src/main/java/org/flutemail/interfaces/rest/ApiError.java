package org.flutemail.interfaces.rest;

/** The body of every error response: a stable code for programs and a sentence for people. */
public record ApiError(String error, String message) {
}
