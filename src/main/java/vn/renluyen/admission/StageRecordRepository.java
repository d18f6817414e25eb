package vn.renluyen.admission;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageRecordRepository extends JpaRepository<StageRecord, Long> {
}
