package vn.renluyen.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select count(f) from LoginFailure f where f.username = ?1 and f.failedAt > ?2")
    long countSince(String username, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.username = ?1")
    void deleteByUsername(String username);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < ?1")
    int deleteOlderThan(Instant before);
}
