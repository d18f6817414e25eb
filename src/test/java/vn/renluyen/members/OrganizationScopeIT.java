package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.security.MemberDirectory;

/**
 * Scope checks compare organization paths. An ancestor met earlier in the same transaction as a lazy
 * parent is a Hibernate proxy; the check must still see its real path, or every organization would
 * look like part of that ancestor's subtree (a secretary would reach other branches).
 */
@PortalIntegrationTest
class OrganizationScopeIT {

    @Autowired
    OrganizationRepository organizations;
    @Autowired
    MemberDirectory directory;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLazyParentLoadedEarlierDoesNotWidenAScope() {
        Map<String, Long> ids = organizations.findAllByOrderByPathAsc().stream()
                .collect(Collectors.toMap(Organization::getName, Organization::getId, (a, b) -> a));
        long school = ids.get("Đảng bộ Trường Trung học phổ thông Hoà An");
        long teachers = ids.get("Chi bộ Giáo viên");
        long village = ids.get("Chi bộ thôn Đông Hoà");
        transactions.executeWithoutResult(status -> {
            // Loads the school as the teachers' lazy parent: a proxy in this persistence context.
            assertThat(organizations.findById(teachers).orElseThrow().getParent().getId()).isEqualTo(school);
            assertThat(directory.isWithin(village, school)).isFalse();
            assertThat(directory.isWithin(teachers, school)).isTrue();
            assertThat(directory.isWithin(school, village)).isFalse();
        });
    }
}
