package vn.renluyen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.base.Failures;

/**
 * The safety net for failures no view handled: the user gets a short Vietnamese notification, never
 * a stack trace; the log gets the failure with an incident number the user can quote.
 */
public class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String messageKey;
        Object[] params = {};
        if (Failures.isDatabaseUnavailable(failure)) {
            log.warn("Database unavailable: {}", failure.toString());
            messageKey = "error.database";
        } else if (failure instanceof AccessDeniedException || failure.getCause() instanceof AccessDeniedException) {
            log.warn("Access denied: {}", failure.getMessage());
            messageKey = "error.accessDenied";
        } else if (Failures.userFacing(failure).isPresent()) {
            messageKey = Failures.userFacing(failure).get().messageKey();
            params = Failures.userFacing(failure).get().arguments();
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected failure, incident {}", incident, failure);
            messageKey = "error.unexpected";
            params = new Object[] {incident};
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation(messageKey, params), 6000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }
}
