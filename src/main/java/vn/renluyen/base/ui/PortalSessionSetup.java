package vn.renluyen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.renluyen.base.PortalI18nProvider;

/** Every new session speaks Vietnamese first and routes unhandled failures to the error handler. */
@Component
class PortalSessionSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            sessionInit.getSession().setErrorHandler(new PortalErrorHandler());
            sessionInit.getSession().setLocale(PortalI18nProvider.VIETNAMESE);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "vi"));
    }
}
