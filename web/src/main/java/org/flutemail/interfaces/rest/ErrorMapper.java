package org.flutemail.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flutemail.domain.AccessDeniedException;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.WeakPasswordException;

/** Turns exceptions into JSON error responses with the status that says what went wrong. */
@Provider
public class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable e = exception instanceof EJBException && exception.getCause() != null ? exception.getCause() : exception;
        if (e instanceof NotFoundException) {
            return error(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return error(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
        }
        if (e instanceof org.flutemail.domain.SignupRefusedException refused) {
            return switch (refused.kind()) {
                case INVALID -> error(Response.Status.BAD_REQUEST, "invalid", e.getMessage());
                case CONFLICT -> error(Response.Status.CONFLICT, "conflict", e.getMessage());
                case THROTTLED -> error(Response.Status.TOO_MANY_REQUESTS, "throttled", e.getMessage());
            };
        }
        if (e instanceof ConflictException) {
            return error(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
        if (e instanceof InvalidAddressException || e instanceof WeakPasswordException
                || e instanceof BadRequestBody || e instanceof IllegalArgumentException) {
            return error(Response.Status.BAD_REQUEST, "invalid", e.getMessage());
        }
        if (e instanceof ProcessingException || e instanceof JsonbException) {
            // The body did not parse (not JSON, or not of the expected shape): the client's mistake.
            return error(Response.Status.BAD_REQUEST, "invalid", "the request body is not valid JSON of the expected shape");
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed"
                    : status == 415 ? "unsupported_media_type" : status < 500 ? "invalid" : "server_error";
            String message = status == 400 ? "the request body is not valid JSON of the expected shape" : e.getMessage();
            return error(Response.Status.fromStatusCode(status), code, message);
        }
        LOG.log(Level.SEVERE, "unexpected error in the REST API", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "server_error",
                "the server failed to handle the request; see its log");
    }

    static Response error(Response.StatusType status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, message)).build();
    }
}
