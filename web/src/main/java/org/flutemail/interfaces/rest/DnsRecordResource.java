package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DnsRecordService;
import org.flutemail.application.DnsRecordService.DnsRecordView;

/** {@code /domains/{domain}/dns}: what to publish in DNS, and {@code /check}: what is published. */
@Path("/domains/{domain}/dns")
@Produces(MediaType.APPLICATION_JSON)
public class DnsRecordResource {

    @Inject
    CallerGuard guard;

    @EJB
    DnsRecordService records;

    @GET
    public List<DnsRecordView> expected(@PathParam("domain") String domain) {
        guard.domain(domain);
        return records.expected(domain);
    }

    @GET
    @Path("check")
    public List<DnsRecordView> check(@PathParam("domain") String domain) {
        guard.domain(domain);
        return records.check(domain);
    }
}
