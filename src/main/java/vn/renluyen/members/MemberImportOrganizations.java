package vn.renluyen.members;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organizations a file may name: the chosen one and those below it. A name outside that subtree reads as
 * unknown, so the file learns nothing about other branches. Old and new tone placement ("Hòa", "Hoà") and
 * typing without diacritics still find a name when only one fits.
 */
final class MemberImportOrganizations {

    private final Organization chosen;
    private final Map<String, List<Organization>> byName;
    private final Map<String, List<Organization>> byFoldedName;

    MemberImportOrganizations(Organization chosen, List<Organization> subtree) {
        this.chosen = chosen;
        this.byName = subtree.stream().collect(Collectors.groupingBy(o -> MemberColumn.key(o.getName())));
        this.byFoldedName = subtree.stream().collect(Collectors.groupingBy(o -> MemberImportValues.folded(o.getName())));
    }

    Organization chosen() {
        return chosen;
    }

    /** An empty cell means the chosen organization itself. */
    Organization find(String name) {
        if (name.isEmpty()) {
            return chosen;
        }
        List<Organization> found = byName.getOrDefault(MemberColumn.key(name), List.of());
        if (found.isEmpty()) {
            found = byFoldedName.getOrDefault(MemberImportValues.folded(name), List.of());
        }
        // A dissolved organization keeps its name in the tree, but takes no new record.
        List<Organization> active = found.stream().filter(o -> !o.isDissolved()).toList();
        if (active.size() == 1) {
            return active.getFirst();
        }
        if (active.isEmpty() && !found.isEmpty()) {
            throw new MemberProblem("member.error.fileOrganizationDissolved", found.getFirst().getName());
        }
        throw new MemberProblem(found.isEmpty() ? "member.error.fileOrganizationUnknown"
                : "member.error.fileOrganizationAmbiguous", name, chosen.getName());
    }
}
