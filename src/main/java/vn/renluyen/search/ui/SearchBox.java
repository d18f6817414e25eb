package vn.renluyen.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.stream.Stream;
import vn.renluyen.search.SearchService;
import vn.renluyen.search.SearchService.Suggestion;

/**
 * The header's search box: suggests titles after two characters (choosing one opens it); Enter on
 * any other text opens the results page.
 */
public class SearchBox extends ComboBox<Suggestion> {

    public SearchBox(SearchService search) {
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        setAllowCustomValue(true);
        setAutoOpen(true);
        setItemLabelGenerator(Suggestion::title);
        // Suggestions are one short page: later pages are empty.
        setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : search.suggest(query.getFilter().orElse(""), query.getLimit()).stream());
        addCustomValueSetListener(event -> UI.getCurrent().navigate(SearchView.ROUTE,
                QueryParameters.of("q", event.getDetail())));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().getPage().setLocation(event.getValue().url());
            }
        });
    }
}
