package vn.renluyen.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findAllByOrderByPathAsc();

    List<Organization> findByPathStartingWithOrderByPathAsc(String pathPrefix);

    List<Organization> findByDissolvedOnIsNullOrderByPathAsc();

    List<Organization> findByPathStartingWithAndDissolvedOnIsNullOrderByPathAsc(String pathPrefix);

    boolean existsByParentIdAndDissolvedOnIsNull(long parentId);

    /** Member records of any status: a record keeps its organization's history, so it blocks dissolution. */
    @Query("select count(m) > 0 from Member m where m.organization.path like concat(?1, '%')")
    boolean hasMemberRecordsBelow(String pathPrefix);

    /** Member records per organization path (of the organizations that have any), to sum up subtrees. */
    @Query("select m.organization.path, count(m) from Member m group by m.organization.path")
    List<Object[]> countMemberRecordsByPath();

    /**
     * Rewrites the prefix of every path below a moved organization in one statement. Paths hold only
     * digits and slashes, so the prefix has no LIKE wildcards. Flushes first (the moved organization's own
     * new path is written, so it no longer matches) and clears after, so no stale path stays in memory.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Organization o set o.path = concat(?2, substring(o.path, ?3)), o.version = o.version + 1 "
            + "where o.path like concat(?1, '%')")
    int replacePathPrefix(String oldPrefix, String newPrefix, int keepFrom);
}
