package vn.renluyen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page speaks the chosen language (Vietnamese first) and routes unhandled failures to the error handler. */
@Component
class PortalSessionSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(
                sessionInit -> sessionInit.getSession().setErrorHandler(new PortalErrorHandler()));
        // Vietnamese first, whatever the browser asks for; the vi/en switch stores another choice.
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().setLocale(UiPreferences.language()));
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "vi"));
    }
}
