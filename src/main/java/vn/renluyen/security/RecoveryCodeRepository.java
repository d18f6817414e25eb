package vn.renluyen.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.accountId = ?1 and c.usedAt is null")
    List<RecoveryCode> findUnused(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = ?1")
    void deleteByAccount(long accountId);
}
