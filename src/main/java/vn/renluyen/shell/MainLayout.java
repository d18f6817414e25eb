package vn.renluyen.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import vn.renluyen.base.ui.UiPreferences;
import vn.renluyen.search.SearchService;
import vn.renluyen.search.ui.SearchBox;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.ui.LoginView;
import vn.renluyen.security.ui.SecurityNoticeBanner;

/**
 * The frame around every view: brand, search, language, larger text and the user menu on top;
 * the views the current user may open in the drawer (from their {@code @Menu}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final CurrentUser currentUser;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, SearchService search,
            SecurityNotices securityNotices, Clock clock) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), brand(), searchBox(search), tools());
        addToDrawer(navigation());
        // In the content slot ahead of the view, which AppLayout appends after it on every navigation.
        SecurityNoticeBanner.forCurrentUser(currentUser, securityNotices, clock)
                .ifPresent(banner -> getElement().appendChild(banner.getElement()));
    }

    private Anchor brand() {
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        return brand;
    }

    private SearchBox searchBox(SearchService search) {
        SearchBox box = new SearchBox(search);
        box.addClassName("header-search");
        return box;
    }

    private Div tools() {
        Button language = new Button(getTranslation("header.otherLanguage"),
                click -> UiPreferences.switchLanguage(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setAriaLabel(getTranslation("header.language"));
        language.addClassName("language-switch");

        Button largerText = new Button("A+");
        largerText.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        largerText.setAriaLabel(getTranslation("header.largerText"));
        largerText.setTooltipText(getTranslation("header.largerText"));
        largerText.addClickListener(click -> UiPreferences.setLargerText(UI.getCurrent(), !UiPreferences.largerText()));
        largerText.addClassName("larger-text-toggle");

        Div tools = new Div(language, largerText, userMenu());
        tools.addClassName("header-tools");
        return tools;
    }

    private com.vaadin.flow.component.Component userMenu() {
        java.util.Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            Button login = new Button(getTranslation("header.login"), VaadinIcon.SIGN_IN.create(),
                    click -> UI.getCurrent().navigate(LoginView.class));
            login.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return login;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Icon icon = VaadinIcon.USER.create();
        Span name = new Span(user.get().displayName());
        name.addClassName("user-name");
        var root = menu.addItem(new Div(icon, name));
        root.getSubMenu().addItem(getTranslation("header.changePassword"),
                click -> UI.getCurrent().navigate("doi-mat-khau"));
        root.getSubMenu().addItem(getTranslation("header.accountSecurity"),
                click -> UI.getCurrent().navigate("bao-mat"));
        root.getSubMenu().addItem(getTranslation("header.logout"), click -> authentication.logout());
        return menu;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** The view is the page's main landmark (screen readers jump to it; axe: landmark-one-main). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * The layout's content part, not the window, is what scrolls, so the browser's reset to the top of a new
     * page does not happen: without this a lesson opened from far down the course page opened far down too.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("""
                const content = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
                if (content) content.scrollTop = 0;""");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UiPreferences.apply(attachEvent.getUI());
    }
}
