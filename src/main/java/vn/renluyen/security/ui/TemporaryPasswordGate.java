package vn.renluyen.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.renluyen.security.AccountService;

/**
 * Someone signed in with a temporary password (a new account, a reset) is sent to the password page
 * from wherever they go, until they have chosen their own (ASVS 2.3.1).
 */
@Component
class TemporaryPasswordGate implements VaadinServiceInitListener {

    private final AccountService accounts;

    TemporaryPasswordGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && target != SecondFactorView.class
                    && accounts.mustChangeOwnPassword()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
