package vn.renluyen.security;

import java.util.LinkedHashMap;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Where a sign-in that needs a second factor goes on, and where it ends. */
public final class SecondFactorPage {

    public static final String ROUTE = "xac-thuc-hai-buoc";
    /** Plain HTTP, not a view: the session id changes and the browser is sent on to where it wanted to go. */
    public static final String COMPLETION = ROUTE + "/hoan-tat";

    private SecondFactorPage() {
    }

    static AuthenticationFailureHandler failureHandler(String passwordFailureUrl) {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers = new LinkedHashMap<>();
        handlers.put(SecondFactorRequired.class,
                (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/" + ROUTE));
        return new DelegatingAuthenticationFailureHandler(handlers,
                new SimpleUrlAuthenticationFailureHandler(passwordFailureUrl));
    }
}
