package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainDisclaimerService;
import org.flutemail.application.DomainDisclaimerService.DisclaimerView;
import org.flutemail.interfaces.admin.DisclaimerHtml;

/** {@code /domains/{name}/disclaimer}: the text the domain adds to the mail its accounts send. */
@Path("/domains/{name}/disclaimer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainDisclaimerResource {

    /** {@code htmlText} null or blank: the plain text, escaped, stands for HTML too. */
    public record DisclaimerBody(Boolean enabled, String plainText, String htmlText, Boolean internalToo) {
    }

    @Inject
    CallerGuard guard;

    @EJB
    DomainDisclaimerService disclaimers;

    @GET
    public DisclaimerView get(@PathParam("name") String domain) {
        guard.domain(domain);
        return disclaimers.get(domain);
    }

    @PUT
    public DisclaimerView update(@PathParam("name") String domain, DisclaimerBody body) {
        guard.domain(domain);
        DisclaimerBody wanted = BadRequestBody.required("body", body);
        boolean enabled = BadRequestBody.required("enabled", wanted.enabled());
        return disclaimers.update(domain, new DisclaimerView(domain, enabled, wanted.plainText(),
                DisclaimerHtml.safe(wanted.htmlText()), Boolean.TRUE.equals(wanted.internalToo())));
    }
}
