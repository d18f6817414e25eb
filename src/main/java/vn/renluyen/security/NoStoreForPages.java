package vn.renluyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages and server round trips say {@code Cache-Control: no-store}: Vaadin's first page of a view
 * already carries its content (a member record, a training table), which no browser or proxy cache
 * should keep. Set before the request goes on, since Vaadin writes past response wrappers; whoever
 * answers with caching of their own (the bundle under /VAADIN, media, the news feed) replaces it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NoStoreForPages extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPageOrRoundTrip(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static boolean isPageOrRoundTrip(String path) {
        if (path.startsWith("/VAADIN/") || path.startsWith("/media/") || path.startsWith("/styles/")
                || path.startsWith("/images/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        // a file (sw.js, favicon.ico, manifest.webmanifest) rather than a route: routes have no dots
        return !last.contains(".");
    }
}
