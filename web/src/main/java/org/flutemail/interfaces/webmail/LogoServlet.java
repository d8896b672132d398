package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.flutemail.application.BrandingService;
import org.flutemail.application.BrandingService.LogoContent;

/**
 * Serves a domain's logo at {@code /branding/logo/<domain>} to anyone, since the login page shows it
 * before anybody logs in. Only images whose bytes were checked are stored; the type is the sniffed one
 * and {@code nosniff} keeps browsers from guessing another. A URL with the logo's version ({@code ?v=})
 * may be cached for a year; without one, for a few minutes. Unknown and suspended domains get the same 404.
 */
@WebServlet(LogoServlet.PATH + "*")
public class LogoServlet extends HttpServlet {

    static final String PATH = "/branding/logo/";

    private static final long serialVersionUID = 1L;

    @EJB
    BrandingService branding;

    /** The logo's address inside the application, with its version for long caching. */
    public static String url(String domain, String version) {
        return PATH + URLEncoder.encode(domain, StandardCharsets.UTF_8) + "?v=" + version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String domain = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<LogoContent> logo = branding.logo(domain);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LogoContent l = logo.get();
        String etag = "\"" + l.version() + "\"";
        boolean versioned = l.version() != null && l.version().equals(request.getParameter("v"));
        response.setHeader("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
        response.setHeader("ETag", etag);
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(l.mediaType());
        response.setContentLength(l.content().length);
        response.getOutputStream().write(l.content());
    }
}
