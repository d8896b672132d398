package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MailboxService;
import org.flutemail.application.Views.MailboxView;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.application.Views.MessageView;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;

/** An account's mailboxes and messages, read-only, for administrators. */
@Path("/accounts/{address}/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    MailboxService mailboxes;

    @Inject
    BlobStore blobs;

    @GET
    public List<MailboxView> list(@PathParam("address") String address) {
        guard.address(address);
        return mailboxes.mailboxes(address);
    }

    @GET
    @Path("{mailbox}/messages")
    public List<MessageView> messages(@PathParam("address") String address, @PathParam("mailbox") String mailbox) {
        guard.address(address);
        return mailboxes.messages(address, mailbox);
    }

    @GET
    @Path("{mailbox}/messages/{uid}/content")
    @Produces("message/rfc822")
    public Response content(@PathParam("address") String address, @PathParam("mailbox") String mailbox,
            @PathParam("uid") long uid) {
        guard.address(address);
        MessageContentRef ref = mailboxes.content(address, mailbox, uid);
        StreamingOutput body = out -> {
            try (InputStream in = blobs.open(new BlobKey(ref.blobKey()))) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "message/rfc822").header("Content-Length", ref.size()).build();
    }
}
