package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ClassOfServiceService;
import org.flutemail.application.Views.ClassOfServiceView;
import org.flutemail.domain.Access;
import org.flutemail.domain.InvalidRequestException;

/**
 * Classes of service: the system administrator defines them; domain administrators read them, to give
 * one to an account of their domains ({@code PUT /accounts/{address}/class-of-service}).
 */
@Path("/classes-of-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassOfServiceResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    ClassOfServiceService classes;

    @GET
    public List<ClassOfServiceView> list() {
        guard.administrator();
        return classes.list();
    }

    @GET
    @Path("{name}")
    public ClassOfServiceView get(@PathParam("name") String name) {
        guard.administrator();
        return classes.get(name);
    }

    @POST
    public Response create(Requests.ClassOfServiceBody body) {
        guard.system();
        BadRequestBody.required("body", body);
        ClassOfServiceView created = classes.create(BadRequestBody.required("name", body.name()), template(body));
        return Response.created(UriBuilder.fromResource(ClassOfServiceResource.class).path(created.name()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{name}")
    public ClassOfServiceView update(@PathParam("name") String name, Requests.ClassOfServiceBody body) {
        guard.system();
        BadRequestBody.required("body", body);
        return classes.update(name, template(body));
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        guard.system();
        classes.delete(name);
        return Response.noContent().build();
    }

    private static ClassOfServiceService.Template template(Requests.ClassOfServiceBody body) {
        return new ClassOfServiceService.Template(body.quotaBytes(), body.maxMessageBytes(),
                access(BadRequestBody.required("access", body.access())));
    }

    static Set<Access> access(List<String> names) {
        Set<Access> granted = EnumSet.noneOf(Access.class);
        for (String name : names) {
            try {
                granted.add(Access.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("unknown access '" + name + "'; known: "
                        + java.util.Arrays.toString(Access.values()));
            }
        }
        return granted;
    }
}
