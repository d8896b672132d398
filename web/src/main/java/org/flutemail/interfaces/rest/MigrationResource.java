package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import org.flutemail.application.MigrationService;
import org.flutemail.application.MigrationService.MigrationJobView;

/**
 * Migration jobs: start one (an account on an old server, a CSV file of them, an mbox file or Maildir on
 * the server, an uploaded mbox file), list them, follow one's report. Starting answers 202 with the job;
 * its report fills in as it runs.
 */
@Path("/migrations")
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource {

    @EJB
    MigrationService migrations;

    @jakarta.inject.Inject
    CallerGuard guard;

    @GET
    public List<MigrationJobView> list() {
        guard.system();
        return migrations.jobs();
    }

    @GET
    @Path("{id}")
    public MigrationJobView get(@PathParam("id") long id) {
        guard.system();
        return migrations.job(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importAccount(MigrationService.ServerImport body) {
        guard.system();
        BadRequestBody.required("body", body);
        BadRequestBody.required("address", body.address());
        BadRequestBody.required("host", body.host());
        BadRequestBody.required("password", body.password());
        return accepted(migrations.importFromServer(body));
    }

    @POST
    @Path("csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(String csv, @QueryParam("fingerprint") String fingerprint) {
        guard.system();
        return accepted(migrations.importCsv(BadRequestBody.required("body", csv), fingerprint));
    }

    @POST
    @Path("files")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFiles(Requests.FileImport body) {
        guard.system();
        BadRequestBody.required("body", body);
        return accepted(migrations.importFiles(BadRequestBody.required("address", body.address()),
                BadRequestBody.required("format", body.format()), BadRequestBody.required("path", body.path()),
                body.folder()));
    }

    @POST
    @Path("mbox")
    @Consumes({"application/mbox", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response importUploadedMbox(@QueryParam("address") String address, @QueryParam("folder") String folder,
            InputStream mbox) {
        guard.system();
        return accepted(migrations.importUploadedMbox(BadRequestBody.required("address", address), folder, mbox));
    }

    private static Response accepted(MigrationJobView job) {
        return Response.accepted(job)
                .location(UriBuilder.fromResource(MigrationResource.class).path(Long.toString(job.id())).build())
                .build();
    }
}
