package vn.renluyen.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.renluyen.base.ui.BackgroundTask;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.search.SearchIndexAdmin;
import vn.renluyen.security.Roles;

/** ADMIN: rebuild the search index from the database, with progress. */
@Route("quan-tri/tim-kiem")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.searchIndex", order = 85, icon = "vaadin:search")
class SearchAdminView extends Div implements HasDynamicTitle {

    private final SearchIndexAdmin admin;
    private final ProgressBar progress = new ProgressBar();
    private final Button rebuild = new Button();
    private final Paragraph state = new Paragraph();

    SearchAdminView(SearchIndexAdmin admin) {
        this.admin = admin;
        addClassName("admin-page");
        rebuild.setText(getTranslation("searchIndex.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("searchIndex.rebuild"));
        state.setText(getTranslation(admin.needsRebuild() ? "searchIndex.needed" : "searchIndex.ok"));
        add(new H1(getTranslation("searchIndex.title")), new Paragraph(getTranslation("searchIndex.lead")), state,
                rebuild, progress);
    }

    private void start() {
        BackgroundTask.start(rebuild, progress, admin::rebuild, documents -> {
            state.setText(getTranslation("searchIndex.ok"));
            Notifications.success(getTranslation("searchIndex.done", documents));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("searchIndex.title") + " · " + getTranslation("app.name");
    }
}
