package vn.renluyen.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.renluyen.base.DatabaseMode;
import vn.renluyen.base.Texts;

/** An empty database gets its first ADMIN from PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final AccountRepository repository;
    private final String username;
    private final String password;
    private final DatabaseMode databaseMode;

    FirstAdmin(AccountService accounts, AccountRepository repository, DatabaseMode databaseMode,
            @Value("${portal.admin.username:}") String username, @Value("${portal.admin.password:}") String password) {
        this.accounts = accounts;
        this.repository = repository;
        this.username = username;
        this.password = password;
        this.databaseMode = databaseMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        if (Texts.isBlank(username) || Texts.isBlank(password)) {
            if (databaseMode.demoDataWanted()) {
                return;
            }
            log.warn("No accounts yet: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD to create the first ADMIN");
            return;
        }
        accounts.createFirstAdmin(username, password);
        log.info("Created the first ADMIN account '{}' from the environment", Account.normalizeUsername(username));
    }
}
