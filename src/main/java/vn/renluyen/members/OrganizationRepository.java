package vn.renluyen.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findAllByOrderByPathAsc();

    List<Organization> findByPathStartingWithOrderByPathAsc(String pathPrefix);
}
