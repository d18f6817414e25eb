package vn.renluyen.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Ends a sign-in whose second factor was shown: the same steps as Spring Security's own form
 * login (new session id, context saved, success event, back to the page first asked for).
 * Open to anyone at the HTTP level: without a verified pending sign-in in the session it only
 * sends the browser to the login page.
 */
@Controller
class SignInCompletion {

    private final PortalUserDetailsService users;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInCompletion(PortalUserDetailsService users, LoginThrottle throttle, ApplicationEventPublisher events,
            Clock clock, ObjectProvider<RequestCache> requestCache) {
        this.users = users;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        onward.setRequestCache(requestCache.getIfAvailable(HttpSessionRequestCache::new));
        onward.setDefaultTargetUrl("/");
    }

    @GetMapping("/" + SecondFactorPage.COMPLETION)
    void complete(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<PendingSignIn> pending = session == null ? Optional.empty()
                : PendingSignIn.in(session::getAttribute, clock.instant()).filter(PendingSignIn::verified);
        Optional<PortalUser> user = pending.flatMap(this::stillAllowed);
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/dang-nhap");
            return;
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities());
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        contexts.saveContext(context, request, response);
        throttle.recordSuccess(user.get().getUsername());
        SecurityEvents.signedIn(user.get().getUsername());
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    /** Disabled meanwhile, or a different account under that name: no sign-in. */
    private Optional<PortalUser> stillAllowed(PendingSignIn pending) {
        try {
            UserDetails details = users.loadUserByUsername(pending.username());
            return details instanceof PortalUser user && user.isEnabled() && user.accountId() == pending.accountId()
                    ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
