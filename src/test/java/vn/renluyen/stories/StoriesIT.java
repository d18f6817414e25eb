package vn.renluyen.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;

/** Exemplary members: content/stories, nominations by secretaries, and the consent rule for real members. */
@PortalIntegrationTest
class StoriesIT {

    @Autowired
    StoryCatalog catalog;
    @Autowired
    NominationService nominations;
    @Autowired
    ConsentService consents;
    @Autowired
    EditorialService editorial;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;

    @Test
    void theEightStoriesOfContentArePublicWithFieldsAndAchievements() {
        assertThat(catalog.profiles(null, null, null)).hasSizeGreaterThanOrEqualTo(8);
        var page = catalog.profile("bi-thu-chi-bo-doi-moi-sinh-hoat-thon-dong-lac").orElseThrow();
        assertThat(page.profile().getPersonName()).isEqualTo("Trần Đức Hạnh");
        assertThat(page.fieldName()).isEqualTo("Công tác đảng");
        assertThat(page.profile().getAchievements()).first().isEqualTo(new Achievement(2023,
                "Chi bộ duy trì sinh hoạt chuyên đề hằng quý, mỗi chuyên đề gắn với một việc cụ thể của thôn"));
        assertThat(page.profile().getMemberId()).isNull();
        assertThat(catalog.profiles("cong-tac-dang", null, null)).allMatch(c -> c.profile().getFieldSlug()
                .equals("cong-tac-dang"));
        assertThat(catalog.profiles(null, null, 2026)).isNotEmpty();
        assertThat(catalog.filters().fields()).isNotEmpty();
        assertThat(catalog.featured()).isPresent();
    }

    @Test
    void aNominatedMembersProfileGoesPublicOnlyWithTheirConsent() {
        Member member = Users.as(users, "bithu", () -> members.inSubtree(school().getId()).stream()
                .filter(m -> m.getFullName().equals("Lê Văn Bình")).findFirst().orElseThrow());
        Nomination nomination = Users.as(users, "bithu", () -> nominations.nominate(member.getId(),
                "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ giảng dạy và công tác chi bộ."));
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> nominations.nominate(member.getId(),
                "Đề cử lần thứ hai khi đề cử trước chưa được xem xét.")))
                .isInstanceOf(StoryProblem.class).hasMessage("stories.nomination.error.open");
        assertThat(Users.as(users, "bientap", () -> nominations.open())).extracting(Nomination::getMemberName)
                .contains("Lê Văn Bình");

        EditorialItem item = Users.as(users, "bientap", () -> nominations.accept(nomination.getId()));
        Users.run(users, "bientap", () -> editorial.save(item.getId(), new Draft("Thầy giáo Lê Văn Bình",
                "Tóm tắt.", "Câu chuyện."), null));
        assertThatThrownBy(() -> Users.run(users, "xuatban", () -> editorial.publish(item.getId())))
                .isInstanceOf(StoryProblem.class).hasMessage("stories.error.noConsent");
        assertThat(Users.as(users, "bithu", () -> nominations.followed())).anyMatch(f ->
                f.nomination().getId().equals(nomination.getId()) && !f.published()
                        && f.nomination().getStatus() == NominationStatus.ACCEPTED);

        Users.run(users, "bithu", () -> consents.record(member.getId(), LocalDate.of(2026, 11, 20),
                "Bản đồng ý có chữ ký, lưu tại chi bộ"));
        Users.run(users, "xuatban", () -> editorial.publish(item.getId()));
        String slug = Users.as(users, "bientap", () -> catalogSlug(item));
        assertThat(catalog.profile(slug)).isPresent();
        assertThat(Users.as(users, "bithu", () -> nominations.followed())).anyMatch(f ->
                f.nomination().getId().equals(nomination.getId()) && f.published());

        Users.run(users, "bithu", () -> consents.withdraw(member.getId()));
        assertThat(catalog.profile(slug)).isEmpty();
    }

    @Test
    void aScheduledProfileWithoutConsentGoesBackToItsWriterWithTheReason(@Autowired vn.renluyen.TestClock clock) {
        Member member = Users.as(users, "bithu", () -> members.inSubtree(school().getId()).stream()
                .filter(m -> m.getFullName().equals("Hoàng Minh Đức")).findFirst().orElseThrow());
        Nomination nomination = Users.as(users, "bithu", () -> nominations.nominate(member.getId(),
                "Gương mẫu trong công tác hành chính, phục vụ; nhiều sáng kiến tiết kiệm."));
        EditorialItem item = Users.as(users, "bientap", () -> nominations.accept(nomination.getId()));
        try {
            Users.run(users, "xuatban", () -> editorial.schedule(item.getId(),
                    clock.instant().plus(java.time.Duration.ofHours(1))));
            clock.advance(java.time.Duration.ofHours(2));
            editorial.publishDue();
            EditorialItem after = Users.as(users, "bientap", () -> editorial.get(item.getId()));
            assertThat(after.getState()).isEqualTo(vn.renluyen.publishing.EditorialState.DRAFT);
            assertThat(after.getPublishedRevision()).isNull();
            assertThat(after.getReviewComment()).isEqualTo(
                    "Hồ sơ gắn với một đảng viên chỉ được xuất bản khi đã ghi nhận sự đồng ý của đảng viên đó.");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aSecretaryGetsNothingOutsideTheirSubtree() {
        Member outside = Users.as(users, "admin", () -> members.inSubtree(village().getId()).getFirst());
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> nominations.nominate(outside.getId(),
                "Đề cử một đảng viên ngoài phạm vi phụ trách của mình.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> consents.record(outside.getId(), LocalDate.of(2026, 1, 1),
                "Không có quyền"))).isInstanceOf(AccessDeniedException.class);
        Nomination byAdmin = Users.as(users, "admin", () -> nominations.nominate(outside.getId(),
                "Đảng viên lâu năm, gương mẫu trong phong trào xây dựng nông thôn mới."));
        assertThat(Users.as(users, "admin", () -> nominations.followed()))
                .anyMatch(f -> f.nomination().getId().equals(byAdmin.getId()));
        assertThat(Users.as(users, "bithu", () -> nominations.followed()))
                .noneMatch(f -> f.nomination().getId().equals(byAdmin.getId()));
        assertThatThrownBy(() -> Users.run(users, "dangvien", () -> nominations.open()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shortReasonsAndAnEmptyDeclineNoteAreRefused() {
        Member member = Users.as(users, "bithu", () -> members.inSubtree(school().getId()).stream()
                .filter(m -> m.getFullName().equals("Đỗ Thị Lan")).findFirst().orElseThrow());
        assertThatThrownBy(() -> Users.run(users, "bithu", () -> nominations.nominate(member.getId(), "Tốt")))
                .isInstanceOf(StoryProblem.class).hasMessage("stories.nomination.error.reasons");
        Nomination n = Users.as(users, "bithu", () -> nominations.nominate(member.getId(),
                "Tích cực trong công tác hành chính, phục vụ nhà trường nhiều năm."));
        assertThatThrownBy(() -> Users.run(users, "bientap", () -> nominations.decline(n.getId(), " ")))
                .isInstanceOf(StoryProblem.class).hasMessage("stories.nomination.error.note");
        Users.run(users, "bientap", () -> nominations.decline(n.getId(), "Chưa đủ thông tin về thành tích."));
        assertThat(Users.as(users, "bithu", () -> nominations.followed())).anyMatch(f ->
                f.nomination().getId().equals(n.getId()) && f.nomination().getStatus() == NominationStatus.DECLINED);
    }

    private String catalogSlug(EditorialItem item) {
        return nominationsProfileSlug(item);
    }

    @Autowired
    ProfileService profiles;

    private String nominationsProfileSlug(EditorialItem item) {
        return profiles.ofItem(item.getId()).orElseThrow().getSlug();
    }

    private Organization school() {
        return organization("Đảng bộ Trường Trung học phổ thông Hoà An");
    }

    private Organization village() {
        return organization("Chi bộ thôn Đông Hoà");
    }

    private Organization organization(String name) {
        List<Organization> all = Users.as(users, "admin", () -> organizations.manageable());
        return all.stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }
}
