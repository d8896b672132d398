package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flutemail.application.TlsCertificateService;
import org.flutemail.application.TlsCertificateService.CertificateInfo;

/** The mail protocols' TLS certificate: see what is installed, install a new PEM certificate and key. */
@Path("/tls/certificate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TlsResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    TlsCertificateService tls;

    @GET
    public CertificateInfo current() {
        guard.system();
        return tls.current();
    }

    @PUT
    public CertificateInfo install(Requests.NewCertificate body) {
        guard.system();
        BadRequestBody.required("body", body);
        return tls.install(BadRequestBody.required("certificate", body.certificate()),
                BadRequestBody.required("privateKey", body.privateKey()));
    }
}
