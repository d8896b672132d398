package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.flutemail.application.BrandingService;
import org.flutemail.application.BrandingService.BrandingChange;
import org.flutemail.application.BrandingService.BrandingView;
import org.flutemail.application.CallerGuard;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.LogoImage;

/** A domain's look in the webmail: theme, colours and login text as JSON; the logo as a raw image body. */
@Path("/domains/{name}/branding")
@Produces(MediaType.APPLICATION_JSON)
public class BrandingResource {

    @Inject
    CallerGuard guard;

    @EJB
    BrandingService branding;

    @GET
    public BrandingView get(@PathParam("name") String domain) {
        guard.domain(domain);
        return branding.get(domain);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BrandingView update(@PathParam("name") String domain, BrandingChange change) {
        guard.domain(domain);
        if (change == null) {
            throw new BadRequestBody("a branding object is required");
        }
        return branding.update(domain, change);
    }

    /** The type the client declares is ignored: the service decides by the image's own bytes. */
    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    public BrandingView putLogo(@PathParam("name") String domain, InputStream body) throws IOException {
        guard.domain(domain);
        // One byte more than allowed is enough to refuse it; the rest of a huge body is never held.
        byte[] image = body == null ? new byte[0] : body.readNBytes(LogoImage.MAX_BYTES + 1);
        if (image.length > LogoImage.MAX_BYTES) {
            throw new InvalidRequestException("the logo has more than " + LogoImage.MAX_BYTES + " bytes");
        }
        return branding.putLogo(domain, image);
    }

    @DELETE
    @Path("logo")
    public BrandingView removeLogo(@PathParam("name") String domain) {
        guard.domain(domain);
        return branding.removeLogo(domain);
    }
}
