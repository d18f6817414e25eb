package vn.renluyen.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.renluyen.base.DatabaseMode;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.security.SystemTask;

/**
 * With demo data on, a contest open for four weeks on the course for all members, so the run command shows
 * a contest to enter. It runs after the content import (order 20) has published the question banks, and
 * only on a database without contests; its title says it is an illustration.
 */
@Component
@Order(25)
class DemoContest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContest.class);
    private static final String COURSE = "nghi-quyet-quy-dinh-cho-dang-vien";

    private final DatabaseMode databaseMode;
    private final ContestRepository contests;
    private final ContestService service;
    private final CourseCatalog catalog;
    private final Clock clock;

    DemoContest(DatabaseMode databaseMode, ContestRepository contests, ContestService service, CourseCatalog catalog,
            Clock clock) {
        this.databaseMode = databaseMode;
        this.contests = contests;
        this.service = service;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.demoDataWanted() || contests.count() > 0) {
            return;
        }
        Set<Long> lessons = catalog.course(COURSE).map(outline -> outline.lessons().stream()
                .map(CourseCatalog.LessonEntry::moduleId).collect(Collectors.toSet())).orElse(Set.of());
        if (lessons.isEmpty()) {
            return;
        }
        Instant opens = clock.instant().truncatedTo(ChronoUnit.HOURS);
        SystemTask.run(() -> service.create(new ContestSettings(
                "Cuộc thi trực tuyến tìm hiểu Nghị quyết 21-NQ/TW và Quy định 37-QĐ/TW (dữ liệu minh hoạ)",
                """
                Cuộc thi minh hoạ cách cổng tổ chức thi trực tuyến. Mỗi tuần là một vòng thi; mỗi vòng, người dự thi \
                làm tối đa 2 lượt, mỗi lượt 10 câu hỏi rút từ ngân hàng câu hỏi của hai bài học về Nghị quyết \
                21-NQ/TW (mục III.2) và Quy định 37-QĐ/TW, trong 10 phút.

                Xếp hạng theo điểm, rồi theo dự đoán số người trả lời đúng tất cả các câu, rồi theo thời gian làm bài.
                """, opens, opens.plus(Duration.ofDays(28)), true, Set.of(), lessons, 10, 10, 2, false, true)));
        log.info("Demo contest created (four weekly rounds)");
    }
}
