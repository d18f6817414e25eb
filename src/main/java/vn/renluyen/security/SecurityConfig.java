package vn.renluyen.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.renluyen.security.ui.LoginView;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * Same-origin everything. Vaadin's bootstrap needs inline scripts and eval and its components inline
     * styles (Vaadin's documented CSP requirements); nothing is loaded from elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Actuator: liveness and readiness for anyone (UP/DOWN only); the rest for ADMIN (session or basic auth). */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/actuator/**").authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(org.springframework.security.config.Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .headers(this::portalHeaders);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            PortalUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            TwoFactorService twoFactor) throws Exception {
        http.authenticationManager(authenticationManager);
        // Uploads (/media/**) are reachable by anyone at the HTTP level: MediaController asks the owning
        // record's MediaAccessPolicy and answers 404 to readers it refuses.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/media/**")
                .permitAll());
        http.headers(this::portalHeaders);
        // Views are guarded by Vaadin's navigation access control (their annotations), which also
        // renders the not-found and access-denied pages; so unknown URLs must reach Vaadin rather
        // than bounce to the login page. JSON endpoints declare their own matchers above this.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(request -> request.permitAll()));
        // The login form alone asks for the second factor: a right password of such an account ends at
        // the second-factor page, not in a sign-in. Vaadin configures the form when the chain is built; this
        // comes after it (else the form's defaults are fixed before Vaadin names the login page) and adjusts
        // the form's filter as it is created.
        AuthenticationManager formLogin = new ProviderManager(
                new ThrottledAuthenticationProvider(passwordCheck(users, passwordEncoder), throttle, twoFactor));
        http.formLogin(form -> form.withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter> O
                    postProcess(O filter) {
                filter.setAuthenticationManager(formLogin);
                filter.setAuthenticationFailureHandler(SecondFactorPage.failureHandler("/" + LoginView.ROUTE + "?error"));
                return filter;
            }
        }));
        return http.build();
    }

    /** Sent on every response; HSTS only on secure requests (Spring Security's default), i.e. behind TLS. */
    private void portalHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(policy -> policy.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()"))
                // Caching is decided by whoever answers: Vaadin for its pages and bundle, MediaController for media.
                .cacheControl(cache -> cache.disable())
                // Vaadin writes its bootstrap page past Spring Security's response wrapper, so headers written
                // at commit time never reach it: write them before the request goes on.
                .addObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                        org.springframework.security.web.header.HeaderWriterFilter>() {
                    @Override
                    public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    /** Argon2id for new hashes; the prefix in each hash lets older schemes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Password only, behind the throttle: HTTP basic for monitoring tools, and the password step of tests. */
    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck(users, passwordEncoder), throttle,
                null));
    }

    private static DaoAuthenticationProvider passwordCheck(PortalUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        return passwordCheck;
    }
}
