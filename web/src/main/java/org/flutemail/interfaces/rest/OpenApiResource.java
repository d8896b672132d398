package org.flutemail.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** Serves the API's OpenAPI description (kept beside the code in {@code openapi.yaml}). */
@Path("/openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml")
    public Response get() {
        InputStream spec = OpenApiResource.class.getResourceAsStream("/openapi.yaml");
        return spec == null ? Response.status(404).build() : Response.ok(spec).build();
    }
}
