package vn.renluyen.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    /** Vietnamese order: by tên, then họ đệm (the columns use utf8mb4_vietnamese_ci). */
    @Query("select m from Member m join fetch m.organization o where o.path like concat(?1, '%') "
            + "and m.transferredOutOn is null order by m.givenName, m.familyMiddleName, m.id")
    List<Member> findInSubtree(String pathPrefix);

    /** Also the records of members who transferred out of the portal (for reindexing after a move). */
    @Query("select m from Member m join fetch m.organization o where o.path like concat(?1, '%')")
    List<Member> findAllInSubtree(String pathPrefix);

    boolean existsByPartyCardNumberAndIdNot(String partyCardNumber, long id);

    boolean existsByPartyCardNumber(String partyCardNumber);

    @Query("select m from Member m join fetch m.organization left join fetch m.statusHistory where m.id = ?1")
    java.util.Optional<Member> findWithHistory(long id);

    /** One organization's own members (not below it), in Vietnamese name order. */
    @Query("select m from Member m join fetch m.organization o where o.id = ?1 and m.transferredOutOn is null order by m.givenName, m.familyMiddleName, m.id")
    List<Member> findByOrganizationId(long organizationId);
}
