package vn.renluyen.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A grid cell with a main line and a quieter second line, so narrow screens need fewer columns. */
public final class TwoLineCell {

    private TwoLineCell() {
    }

    public static Div of(String primary, String secondary) {
        Span main = new Span(primary);
        main.addClassName("cell-primary");
        Span detail = new Span(secondary);
        detail.addClassName("cell-secondary");
        Div cell = new Div(main, detail);
        cell.addClassName("two-line-cell");
        return cell;
    }
}
