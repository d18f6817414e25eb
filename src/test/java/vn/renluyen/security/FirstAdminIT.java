package vn.renluyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.TestDatabase;

/** An empty external database, no demo data: the first ADMIN comes from the environment. */
@SpringBootTest(properties = {"portal.demo-data=false", "portal.admin.username=truongban",
        "portal.admin.password=Mat-khau-ban-dau-2026", "spring.datasource.hikari.maximum-pool-size=3"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("own-context")
class FirstAdminIT {

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AccountRepository accounts;

    @Test
    void theFirstAdminIsCreatedOnceAndCanLogIn() {
        assertThat(accounts.count()).isEqualTo(1);
        var user = (PortalUser) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("truongban", "Mat-khau-ban-dau-2026")).getPrincipal();
        assertThat(user.roles()).containsExactly(Role.ADMIN);
    }
}
