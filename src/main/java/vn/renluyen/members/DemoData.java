package vn.renluyen.members;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.renluyen.base.DatabaseMode;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Role;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.SystemTask;
import vn.renluyen.security.TwoFactorService;

/**
 * Demo organizations, members and one account per role, only when {@code portal.demo-data} is on
 * (by default: on the embedded database) and the database has no organizations yet. Every name is
 * invented for the demonstration; README lists the accounts as demo-only.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "RenLuyen@2026";
    /** The authenticator key of the demo ADMIN and SECRETARY accounts (README), so the demo can be tried at once. */
    static final String TWO_FACTOR_SECRET = "RENLUYENDEMOHAIBUOCMINHHOA234567";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DatabaseMode databaseMode;
    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final MemberService members;
    private final MemberStatuses statuses;
    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final SecurityNotices securityNotices;

    DemoData(DatabaseMode databaseMode, OrganizationRepository organizations, OrganizationService organizationService,
            MemberService members, MemberStatuses statuses, AccountService accounts, TwoFactorService twoFactor,
            SecurityNotices securityNotices) {
        this.twoFactor = twoFactor;
        this.securityNotices = securityNotices;
        this.databaseMode = databaseMode;
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.members = members;
        this.statuses = statuses;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.demoDataWanted() || organizations.count() > 0) {
            return;
        }
        SystemTask.run(this::seed);
        log.info("Demo data created: organizations, members and demo accounts (password in README)");
    }

    private void seed() {
        Organization province = organizationService.create("Đảng bộ tỉnh Minh Hoạ (dữ liệu minh hoạ)",
                OrganizationType.PROVINCE, null);
        Organization commune = organizationService.create("Đảng bộ xã Hoà An", OrganizationType.COMMUNE,
                province.getId());
        Organization school = organizationService.create("Đảng bộ Trường Trung học phổ thông Hoà An",
                OrganizationType.GRASSROOTS_COMMITTEE, commune.getId());
        Organization teachers = organizationService.create("Chi bộ Giáo viên", OrganizationType.CELL, school.getId());
        Organization staff = organizationService.create("Chi bộ Hành chính - Phục vụ", OrganizationType.CELL,
                school.getId());
        Organization village = organizationService.create("Chi bộ thôn Đông Hoà", OrganizationType.GRASSROOTS_CELL,
                commune.getId());

        Member secretary = official("Trần Thị", "Hằng", LocalDate.of(1978, 4, 12), teachers, LocalDate.of(2004, 5, 19));
        official("Lê Văn", "Bình", LocalDate.of(1985, 9, 2), teachers, LocalDate.of(2012, 3, 26));
        official("Phạm Thị Thu", "Trang", LocalDate.of(1990, 11, 20), teachers, LocalDate.of(2016, 12, 22));
        Member member = probationary("Nguyễn Văn", "An", LocalDate.of(1996, 6, 15), teachers, LocalDate.of(2026, 2, 3));
        members.describe(member.getId(), new MemberDetails("Nguyễn Văn", "An", LocalDate.of(1996, 6, 15),
                MemberDetails.Sex.MALE, "Xã Hoà An (minh hoạ)", "Đại học sư phạm (minh hoạ)", "Giáo viên", null));
        official("Hoàng Minh", "Đức", LocalDate.of(1982, 1, 8), staff, LocalDate.of(2008, 8, 19));
        official("Đỗ Thị", "Lan", LocalDate.of(1988, 7, 30), staff, LocalDate.of(2014, 9, 2));
        official("Vũ Đình", "Khoa", LocalDate.of(1965, 3, 3), village, LocalDate.of(1990, 2, 3));
        official("Bùi Thị", "Ánh", LocalDate.of(1975, 10, 10), village, LocalDate.of(2001, 7, 27));
        Member candidate = candidate("Đặng Quốc", "Huy", LocalDate.of(2001, 12, 1), teachers);
        candidate("Ngô Thị", "Yến", LocalDate.of(1999, 5, 5), staff);
        candidate("Trịnh Văn", "Tùng", LocalDate.of(2003, 8, 18), village);

        staff("admin", "Quản trị viên (demo)", Role.ADMIN, null);
        staff("bientap", "Cán bộ tuyên giáo (demo)", Role.EDITOR, null);
        staff("xuatban", "Trưởng ban tuyên giáo (demo)", Role.PUBLISHER, null);
        memberAccount("bithu", secretary);
        accountFor("bithu").ifPresent(id -> accounts.grant(id, Role.SECRETARY, school.getId()));
        memberAccount("dangvien", member);
        memberAccount("quanchung", candidate);
        for (String required : new String[] {"admin", "bithu"}) {
            accountFor(required).ifPresent(id -> twoFactor.enrolForDemo(id, TWO_FACTOR_SECRET));
        }
        accounts.allAccounts().forEach(account -> securityNotices.markSeenForDemo(account.getId()));
    }

    private Member official(String familyMiddle, String given, LocalDate born, Organization organization,
            LocalDate admitted) {
        Member m = members.register(familyMiddle, given, born, organization.getId(), MemberStatus.PROBATIONARY,
                admitted, null, "Kết nạp (dữ liệu minh hoạ)");
        return statuses.recognize(m.getId(), "Số minh hoạ", admitted.plusYears(1),
                "Công nhận đảng viên chính thức (dữ liệu minh hoạ)");
    }

    private Member probationary(String familyMiddle, String given, LocalDate born, Organization organization,
            LocalDate admitted) {
        return members.register(familyMiddle, given, born, organization.getId(), MemberStatus.PROBATIONARY,
                admitted, null, "Kết nạp (dữ liệu minh hoạ)");
    }

    private Member candidate(String familyMiddle, String given, LocalDate born, Organization organization) {
        return members.register(familyMiddle, given, born, organization.getId(), MemberStatus.CANDIDATE,
                LocalDate.of(2026, 9, 1), null, "Chi bộ giới thiệu là quần chúng ưu tú (dữ liệu minh hoạ)");
    }

    private void staff(String username, String name, Role role, Long organizationId) {
        if (accountFor(username).isPresent()) {
            return;
        }
        long id = accounts.createStaffAccount(username, name, PASSWORD).getId();
        accounts.grant(id, role, organizationId);
    }

    private void memberAccount(String username, Member member) {
        if (accountFor(username).isEmpty()) {
            accounts.createMemberAccount(member.getId(), username, PASSWORD);
        }
    }

    private java.util.Optional<Long> accountFor(String username) {
        return accounts.allAccounts().stream().filter(a -> a.getUsername().equals(username)).map(a -> a.getId())
                .findFirst();
    }
}
