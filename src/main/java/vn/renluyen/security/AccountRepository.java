package vn.renluyen.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByMemberId(Long memberId);

    List<Account> findByMemberIdIn(java.util.Collection<Long> memberIds);

    List<Account> findAllByOrderByUsernameAsc();

    boolean existsByUsername(String username);
}
