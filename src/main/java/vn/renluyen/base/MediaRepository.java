package vn.renluyen.base;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaRepository extends JpaRepository<Media, Long> {

    List<Media> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, Long ownerId);
}
