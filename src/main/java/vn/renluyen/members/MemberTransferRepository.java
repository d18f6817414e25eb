package vn.renluyen.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberTransferRepository extends JpaRepository<MemberTransfer, Long> {

    @Query("select t from MemberTransfer t join fetch t.from left join fetch t.to where t.member.id = ?1"
            + " order by t.issuedOn desc, t.id desc")
    List<MemberTransfer> findByMember(long memberId);

    boolean existsByMemberIdAndStatus(long memberId, TransferStatus status);

    @Query("select t from MemberTransfer t join fetch t.member m join fetch t.from left join fetch t.to"
            + " where t.status = vn.renluyen.members.TransferStatus.PENDING order by t.presentBy")
    List<MemberTransfer> findPending();
}
