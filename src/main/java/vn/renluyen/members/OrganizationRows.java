package vn.renluyen.members;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the organization tree page lists: the manageable organizations, each with its counts and rights. */
@Service
public class OrganizationRows {

    private final OrganizationService service;
    private final OrganizationRepository organizations;

    OrganizationRows(OrganizationService service, OrganizationRepository organizations) {
        this.service = service;
        this.organizations = organizations;
    }

    /**
     * @param memberRecords member records of any status in the organization and below it: what keeps it from
     *                      being dissolved
     * @param changeable    whether the user may rename, move or dissolve it
     */
    public record Row(Organization organization, long memberRecords, boolean changeable) {

        /** One row per organization; by id, since entities share one hash code (they may have no id yet). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Row row && row.organization.getId().equals(organization.getId());
        }

        @Override
        public int hashCode() {
            return organization.getId().hashCode();
        }
    }

    /** Tree order (parents before their children). One grouped count, summed up each subtree here. */
    @Transactional(readOnly = true)
    public List<Row> rows() {
        List<Organization> shown = service.manageable();
        Map<String, Long> byPath = organizations.countMemberRecordsByPath().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return shown.stream()
                .map(o -> new Row(o, below(o.getPath(), byPath), service.mayChange(o)))
                .toList();
    }

    private static long below(String path, Map<String, Long> byPath) {
        return byPath.entrySet().stream().filter(e -> e.getKey().startsWith(path)).mapToLong(Map.Entry::getValue)
                .sum();
    }
}
