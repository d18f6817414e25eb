package vn.renluyen.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a move, the paths below the moved organization are rewritten by one UPDATE. Hibernate Search never
 * sees a bulk statement, yet every member below carries the path in the index (scoped name search), so
 * those members are added to the indexing plan by hand: in the same transaction, so the outbox holds them
 * when the move commits and a crash cannot leave the index with the old paths.
 */
@Component
class SubtreePaths {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final EntityManager entityManager;

    SubtreePaths(OrganizationRepository organizations, MemberRepository members, EntityManager entityManager) {
        this.organizations = organizations;
        this.members = members;
        this.entityManager = entityManager;
    }

    /**
     * Two moves at once could each pass the own-subtree check (X under Y while Y goes under X) and leave a
     * cycle with broken paths. Locking the moved organization and its new parent, and reading them again
     * under the lock, makes the second move wait and then see the first. Always in id order, so two moves
     * of the same pair cannot deadlock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockForMove(Organization organization, Organization newParent) {
        Stream.of(organization, newParent).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Organization::getId))
                .forEach(o -> entityManager.refresh(o, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Called once the moved organization itself holds {@code newPath}; the persistence context is cleared. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moved(String oldPath, String newPath) {
        organizations.replacePathPrefix(oldPath, newPath, oldPath.length() + 1);
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        members.findAllInSubtree(newPath).forEach(plan::addOrUpdate);
    }
}
