package vn.renluyen.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;

/**
 * The working copy that staff search reads follows every step of the workflow in the step's own transaction:
 * newest revision as plain text, state, returned, published revision. Question banks get none; items from
 * before the copies existed get theirs at start-up.
 */
@PortalIntegrationTest
class WorkingCopiesIT {

    @Autowired
    EditorialService editorial;
    @Autowired
    WorkingCopies copies;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCopyFollowsEveryStepOfTheWorkflow() {
        long id = as("bientap", () -> editorial.create(ItemKind.ARTICLE,
                new Draft("Mùa nước nổi", "Tóm tắt ngắn.", "Bài về **mùa nước** nổi.\n\n- một\n- hai"))).getId();
        Map<String, Object> copy = copy(id);
        assertThat(copy).containsEntry("kind", "ARTICLE").containsEntry("state", "DRAFT")
                .containsEntry("revision", 1).containsEntry("title", "Mùa nước nổi")
                .containsEntry("returned", false).containsEntry("published_revision", null);
        assertThat((String) copy.get("body")).isEqualTo("Tóm tắt ngắn.\nBài về mùa nước nổi. một hai");

        run("bientap", () -> editorial.save(id, new Draft("Mùa nước nổi miền Tây", "", "Đồng bằng."), null));
        assertThat(copy(id)).containsEntry("revision", 2).containsEntry("title", "Mùa nước nổi miền Tây")
                .containsEntry("body", "Đồng bằng.");
        run("bientap", () -> editorial.submit(id));
        assertThat(copy(id)).containsEntry("state", "IN_REVIEW");
        run("xuatban", () -> editorial.returnWithComment(id, "Cần thêm nguồn."));
        assertThat(copy(id)).containsEntry("state", "DRAFT").containsEntry("returned", true);
        run("bientap", () -> editorial.submit(id));
        assertThat(copy(id)).containsEntry("state", "IN_REVIEW").containsEntry("returned", false);
        run("xuatban", () -> editorial.schedule(id, clock.instant().plus(Duration.ofDays(1))));
        assertThat(copy(id)).containsEntry("state", "SCHEDULED");
        clock.advance(Duration.ofDays(2));
        run("xuatban", () -> editorial.publishDue());
        assertThat(copy(id)).containsEntry("state", "PUBLISHED").containsEntry("published_revision", 2);

        run("bientap", () -> editorial.save(id, new Draft("Mùa nước nổi miền Tây", "", "Bản sửa mới."), null));
        assertThat(copy(id)).containsEntry("state", "DRAFT").containsEntry("revision", 3)
                .containsEntry("body", "Bản sửa mới.").containsEntry("published_revision", 2);
        run("xuatban", () -> editorial.archive(id));
        assertThat(copy(id)).containsEntry("state", "ARCHIVED").containsEntry("published_revision", 2);
        run("bientap", () -> editorial.restore(id, 1));
        assertThat(copy(id)).containsEntry("state", "ARCHIVED").containsEntry("revision", 4)
                .containsEntry("title", "Mùa nước nổi");
        run("xuatban", () -> editorial.publish(id));
        assertThat(copy(id)).containsEntry("state", "PUBLISHED").containsEntry("published_revision", 4);
    }

    @Test
    void everyLessonStoryAndArticleHasACopyAndQuestionBanksNone() {
        assertThat(jdbc.queryForObject("select count(*) from editorial_item i where i.kind <> 'QUIZ'"
                + " and not exists (select 1 from working_copy c where c.item_id = i.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from working_copy where kind = 'MODULE'", Long.class))
                .isGreaterThanOrEqualTo(17);
        assertThat(jdbc.queryForObject("select count(*) from editorial_item where kind = 'QUIZ'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from working_copy where kind = 'QUIZ'", Long.class)).isZero();
    }

    @Test
    void itemsWithoutACopyGetOneAtStartUp() {
        long id = as("bientap", () -> editorial.create(ItemKind.STORY,
                new Draft("Người giữ rừng", "", "Ông giữ *rừng* phòng hộ."))).getId();
        jdbc.update("delete from working_copy where item_id = ?", id);

        assertThat(copies.fillMissing()).isGreaterThanOrEqualTo(1);
        assertThat(copy(id)).containsEntry("kind", "STORY").containsEntry("state", "DRAFT")
                .containsEntry("revision", 1).containsEntry("body", "Ông giữ rừng phòng hộ.");
        assertThat(copies.fillMissing()).isZero();
    }

    private Map<String, Object> copy(long id) {
        Map<String, Object> row = jdbc.queryForMap("select kind, state, returned, revision, published_revision, title,"
                + " body from working_copy where item_id = ?", id);
        row.computeIfPresent("returned", (key, value) -> value instanceof Boolean b ? b : ((Number) value).intValue() != 0);
        return row;
    }

    private <T> T as(String username, Supplier<T> work) {
        return Users.as(users, username, work);
    }

    private void run(String username, Runnable work) {
        Users.run(users, username, work);
    }
}
