package vn.renluyen.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorCredentialRepository extends JpaRepository<TwoFactorCredential, Long> {
}
