package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;
import vn.renluyen.TestClock;
import vn.renluyen.Users;

/** Transfers of party activity between organizations, with their working-day deadlines. */
@PortalIntegrationTest
class TransfersIT {

    @Autowired
    Transfers transfers;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberRecords records;
    @Autowired
    vn.renluyen.security.MemberDirectory directory;

    @Test
    void anOfficialTransferMovesTheRecordWhenTheReceivingChainRecordsTheArrival() {
        long id = member("Chuyển", "Chi bộ Giáo viên");
        long village = organization("Chi bộ thôn Đông Hoà");
        LocalDate monday = LocalDate.now(clock).minusWeeks(3).with(DayOfWeek.MONDAY);
        MemberTransfer letter = Users.as(users, "bithu", () -> transfers.issue(id, new Transfers.Letter(
                TransferKind.OFFICIAL, village, null, "12-GGT/ĐU", monday, null, null)));
        // 30 and 60 working days after a Monday: the Monday six and twelve weeks later.
        assertThat(letter.getPresentBy()).isEqualTo(monday.plusWeeks(6));
        assertThat(letter.getStartBy()).isEqualTo(monday.plusWeeks(12));

        assertThatThrownBy(() -> Users.run(users, "bithu", () -> transfers.issue(id, new Transfers.Letter(
                TransferKind.TEMPORARY, null, "Hà Nội", null, monday, monday.plusMonths(3), null))))
                .isInstanceOf(MemberProblem.class).hasMessage("transfer.error.pending");
        // bithu cannot receive into the village cell; the village's chain (here ADMIN) does.
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> transfers.receive(letter.getId(), LocalDate.now(clock))))
                .isInstanceOf(AccessDeniedException.class);
        Users.run(users, "admin", () -> transfers.receive(letter.getId(), LocalDate.now(clock)));

        assertThat(jdbc.queryForObject("select organization_id from member where id = ?", Long.class, id))
                .isEqualTo(village);
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> members.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(Users.as(users, "admin", () -> members.searchByName(village, "chuyen")))
                .extracting(Member::getId).contains(id);
    }

    @Test
    void aTemporaryTransferKeepsTheRecordAtHomeAndIsOverdueAfterItsDeadline() {
        long id = member("Tạm", "Chi bộ Giáo viên");
        long teachers = organization("Chi bộ Giáo viên");
        LocalDate issued = LocalDate.now(clock).minusMonths(3);
        MemberTransfer letter = Users.as(users, "bithu", () -> transfers.issue(id, new Transfers.Letter(
                TransferKind.TEMPORARY, null, "Chi bộ Công ty X, TP Hồ Chí Minh", "5-GGT", issued,
                issued.plusMonths(6), "Đi làm việc có thời hạn")));
        List<Transfers.TransferLine> lines = Users.as(users, "bithu", () -> transfers.ofMember(id));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.overdue()).isTrue();
            assertThat(line.to()).isEqualTo("Chi bộ Công ty X, TP Hồ Chí Minh");
            assertThat(line.mayCancel()).isTrue();
            assertThat(line.mayReceive()).isFalse();
        });
        Users.run(users, "bithu", () -> transfers.cancel(letter.getId(), "Đảng viên không đi nữa"));
        assertThat(jdbc.queryForObject("select organization_id from member where id = ?", Long.class, id))
                .isEqualTo(teachers);
    }

    @Test
    void anOfficialTransferOutOfThePortalTakesTheRecordOffTheListsAndKeepsIt() {
        long id = member("Đi Xa", "Chi bộ Giáo viên");
        long teachers = organization("Chi bộ Giáo viên");
        LocalDate issued = LocalDate.now(clock).minusDays(10);
        MemberTransfer letter = Users.as(users, "bithu", () -> transfers.issue(id, new Transfers.Letter(
                TransferKind.OFFICIAL, null, "Đảng bộ phường Bến Nghé, TP Hồ Chí Minh", "20-GGT/ĐU", issued, null, null)));
        assertThat(letter.getStartBy()).isNotNull();
        assertThatThrownBy(() -> Users.run(users, "admin", () -> transfers.receive(letter.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> transfers.confirmDeparture(letter.getId())))
                .isInstanceOf(AccessDeniedException.class);
        Users.run(users, "bithu", () -> transfers.confirmDeparture(letter.getId()));

        assertThat(Users.as(users, "bithu", () -> members.inSubtree(teachers))).extracting(Member::getId)
                .doesNotContain(id);
        MemberRecord record = Users.as(users, "bithu", () -> records.record(id));
        assertThat(record.transferredOutOn()).isEqualTo(LocalDate.now(clock));
        assertThat(record.transferredOutTo()).isEqualTo("Đảng bộ phường Bến Nghé, TP Hồ Chí Minh");
        assertThat(directory.roleOf(id)).isEmpty();
        SearchIndex.awaitOutboxEmpty(jdbc);
        assertThat(Users.as(users, "bithu", () -> members.searchByName(teachers, "di xa"))).isEmpty();
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> transfers.issue(id, new Transfers.Letter(
                TransferKind.TEMPORARY, null, "Huế", null, LocalDate.now(clock), LocalDate.now(clock).plusDays(30), null))))
                .isInstanceOf(MemberProblem.class).hasMessage("transfer.error.notActive");
    }

    @Test
    void badLettersAreRefusedWithTheirReason() {
        long id = member("Sai", "Chi bộ Giáo viên");
        long teachers = organization("Chi bộ Giáo viên");
        LocalDate today = LocalDate.now(clock);
        refused(id, new Transfers.Letter(TransferKind.OFFICIAL, null, " ", null, today, null, null),
                "transfer.error.destinationRequired");
        refused(id, new Transfers.Letter(TransferKind.OFFICIAL, teachers, null, null, today, null, null),
                "transfer.error.sameOrganization");
        refused(id, new Transfers.Letter(TransferKind.TEMPORARY, null, "Đà Nẵng", null, today, today, null),
                "transfer.error.endsOnRequired");
        refused(id, new Transfers.Letter(TransferKind.TEMPORARY, null, " ", null, today, today.plusDays(9), null),
                "transfer.error.destinationRequired");
        refused(id, new Transfers.Letter(TransferKind.TEMPORARY, null, "Huế", null, today.plusDays(1),
                today.plusDays(9), null), "member.error.dateInFuture");
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> transfers.ofMember(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void refused(long id, Transfers.Letter letter, String key) {
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> transfers.issue(id, letter)))
                .isInstanceOf(MemberProblem.class).hasMessage(key);
    }

    private long member(String givenName, String organizationName) {
        return Users.as(users, "bithu", () -> members.register("Đảng Viên", givenName, LocalDate.of(1985, 5, 5),
                organization(organizationName), MemberStatus.OFFICIAL, LocalDate.of(2012, 5, 5), null, "Lập hồ sơ"))
                .getId();
    }

    private long organization(String name) {
        return Users.as(users, "admin", () -> organizations.manageable()).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
