package vn.renluyen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.base.PortalProperties;

/** Every page speaks the chosen language (Vietnamese first) and routes unhandled failures to the error handler. */
@Component
class PortalSessionSetup implements VaadinServiceInitListener {

    private final List<PageMetadata> pages;
    private final PortalProperties properties;

    PortalSessionSetup(List<PageMetadata> pages, PortalProperties properties) {
        this.pages = pages;
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(
                sessionInit -> sessionInit.getSession().setErrorHandler(new PortalErrorHandler()));
        // Vietnamese first, whatever the browser asks for; the vi/en switch stores another choice.
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().setLocale(UiPreferences.language()));
        event.addIndexHtmlRequestListener(response -> {
            response.getDocument().selectFirst("html").attr("lang", "vi");
            String path = response.getVaadinRequest().getPathInfo() == null ? "/"
                    : response.getVaadinRequest().getPathInfo();
            pages.stream().map(p -> p.describe(path)).flatMap(Optional::stream).findFirst().ifPresent(page ->
                    OpenGraphTags.write(response.getDocument(), page,
                            properties.publicUrl().replaceAll("/+$", ""), path, "RènLuyện"));
        });
    }
}
