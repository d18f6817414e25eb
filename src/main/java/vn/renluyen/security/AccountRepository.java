package vn.renluyen.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByMemberId(Long memberId);

    List<Account> findByMemberIdIn(java.util.Collection<Long> memberIds);

    List<Account> findAllByOrderByUsernameAsc();

    boolean existsByUsername(String username);

    @Query("select distinct a from Account a join a.grants g where g.role = ?1 and g.organizationId = ?2")
    List<Account> findWithGrant(Role role, Long organizationId);
}
