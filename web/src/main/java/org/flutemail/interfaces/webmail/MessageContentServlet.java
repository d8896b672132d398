package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.MailboxService;
import org.flutemail.application.RemoteImageTrustService;
import org.flutemail.application.ReadingViews.AttachmentView;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.PartContent;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.NotFoundException;

/**
 * Streams what the mail screen shows outside its page, for the logged-in account only
 * ({@link WebmailAccessFilter} guards the path): the message's HTML made safe ({@code body}, shown in
 * a sandboxed frame and with a Content Security Policy that lets nothing run or load, remote images
 * aside when allowed for the message by {@code images=allow} or for its sender by the account's trusted
 * senders, which only the server decides), the raw source as text ({@code source}), the message as an {@code .eml} file,
 * one part as a download ({@code part}), and a raster image part that the HTML names by {@code cid:}
 * ({@code inline}, shown in the body frame). All are GET requests without side effects.
 */
@WebServlet(MessageContentServlet.PATH + "*")
public class MessageContentServlet extends HttpServlet {

    static final String PATH = "/webmail/message/";

    private static final long serialVersionUID = 1L;

    private static final String BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self' %s;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @EJB
    MailReadingService reading;

    @EJB
    MailboxService mailboxes;

    @EJB
    RemoteImageTrustService imageTrust;

    @Inject
    BlobStore blobs;

    @Inject
    WebmailSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String folder = request.getParameter("folder");
        long uid;
        try {
            uid = Long.parseLong(request.getParameter("uid"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (folder == null || !session.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            switch (what) {
                case "body":
                    body(response, folder, uid, "allow".equals(request.getParameter("images")));
                    break;
                case "source":
                    raw(response, folder, uid, "text/plain; charset=ISO-8859-1", null);
                    break;
                case "eml":
                    raw(response, folder, uid, "message/rfc822", "message-" + uid + ".eml");
                    break;
                case "part":
                    part(response, folder, uid, request.getParameter("section"));
                    break;
                case "inline":
                    inline(response, folder, uid, request.getParameter("section"));
                    break;
                default:
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }

    private void body(HttpServletResponse response, String folder, long uid, boolean allowedForMessage)
            throws IOException {
        MessageDisplay message = reading.read(session.getAccount(), folder, uid);
        boolean images = allowedForMessage || imageTrust.trusts(session.getAccount(), message.senderAddress());
        Map<String, String> inlineParts = new HashMap<>();
        for (AttachmentView part : message.attachments()) {
            if (part.contentId() != null && InlineImageTypes.isRaster(part.contentType())) {
                inlineParts.putIfAbsent(part.contentId(), inlineAddress(folder, uid, part.section()));
            }
        }
        String html = HtmlSanitizer.sanitize(message.html(), images, inlineParts::get).html();
        response.setHeader("Content-Security-Policy", String.format(BODY_POLICY, images ? "http: https:" : ""));
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<style>body{font-family:sans-serif;margin:8px;word-wrap:break-word}img{max-width:100%}</style>"
                + "</head><body>" + html + "</body></html>");
    }

    private static String inlineAddress(String folder, long uid, String section) {
        return PATH + "inline?folder=" + URLEncoder.encode(folder, StandardCharsets.UTF_8) + "&uid=" + uid
                + "&section=" + URLEncoder.encode(section, StandardCharsets.UTF_8);
    }

    private void raw(HttpServletResponse response, String folder, long uid, String type, String fileName)
            throws IOException {
        MessageContentRef ref = mailboxes.content(session.getAccount(), folder, uid);
        response.setContentType(type);
        response.setContentLengthLong(ref.size());
        if (fileName != null) {
            attachment(response, fileName);
        }
        try (InputStream in = blobs.open(new BlobKey(ref.blobKey())); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private void part(HttpServletResponse response, String folder, long uid, String section) throws IOException {
        Optional<PartContent> part = section == null ? Optional.empty()
                : reading.part(session.getAccount(), folder, uid, section);
        if (part.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Always a download, never shown inline: an HTML or SVG attachment must not run in our origin.
        response.setContentType("application/octet-stream");
        response.setContentLength(part.get().data().length);
        attachment(response, part.get().fileName());
        response.getOutputStream().write(part.get().data());
    }

    /**
     * Served with its own type only when that is a raster image, which a browser never runs; anything
     * else (SVG above all) is not found here and stays a download under {@code part}.
     */
    private void inline(HttpServletResponse response, String folder, long uid, String section) throws IOException {
        Optional<PartContent> part = section == null ? Optional.empty()
                : reading.part(session.getAccount(), folder, uid, section);
        if (part.isEmpty() || !InlineImageTypes.isRaster(part.get().contentType())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentType(part.get().contentType());
        response.setContentLength(part.get().data().length);
        response.getOutputStream().write(part.get().data());
    }

    /** Content-Disposition with the name in RFC 6266 / RFC 5987 form, safe for any characters. */
    private static void attachment(HttpServletResponse response, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }
}
