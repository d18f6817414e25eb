package vn.renluyen.admission;

import java.time.LocalDate;
import java.util.List;

/**
 * What the secretary enters for one stage. {@code documentNumber} is the resolution's or decision's number
 * (required for those stages); {@code overrideJustification} is read only at the cell's vote, when a check fails.
 */
public record StageEntry(Stage stage, LocalDate doneOn, String documentNumber, String note, List<Upload> documents,
        String overrideJustification) {

    public StageEntry {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
