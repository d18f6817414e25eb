package vn.renluyen.quiz;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * The results as a table for CSV/XLSX: staff get every entrant; a secretary only those inside the
 * organizations of their grants, with the ranks of the whole contest kept (a place is a contest's fact).
 */
@Service
public class ContestResults {

    static final List<String> HEADERS = List.of("Hạng", "Họ và tên", "Tổ chức đảng", "Điểm", "Thời gian làm bài",
            "Nộp lúc", "Dự đoán");

    private final Leaderboards boards;
    private final ContestService contests;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContestResults(Leaderboards boards, ContestService contests, CurrentUser currentUser, Clock clock) {
        this.boards = boards;
        this.contests = contests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public boolean mayExport() {
        return contests.mayRunContests() || currentUser.has(Role.SECRETARY);
    }

    /** roundNumber null: the overall board. */
    public Table table(String slug, Integer roundNumber) {
        if (!mayExport()) {
            throw new AccessDeniedException("Contest results are exported by staff and secretaries");
        }
        String title = contests.page(slug).orElseThrow(() -> new ContestProblem("contest.notFound")).contest().title();
        List<Standing> standings = roundNumber == null ? boards.overall(slug)
                : boards.rounds(slug).stream().filter(b -> b.number() == roundNumber).findFirst()
                        .orElseThrow(() -> new ContestProblem("contest.notFound")).standings();
        PortalUser user = currentUser.require();
        boolean everyone = contests.mayRunContests();
        List<List<Object>> rows = new ArrayList<>();
        for (Standing s : standings) {
            if (everyone || user.secretaryOf().stream().anyMatch(s::within)) {
                rows.add(row(s));
            }
        }
        return new Table(title + (roundNumber == null ? " — tổng hợp" : " — vòng " + roundNumber), HEADERS, rows);
    }

    private List<Object> row(Standing s) {
        List<Object> row = new ArrayList<>();
        row.add(s.rank());
        row.add(s.name());
        row.add(s.organizationName());
        row.add(s.points());
        row.add(duration(s.timeTakenMs()));
        row.add(LocalDateTime.ofInstant(s.submittedAt(), clock.getZone()));
        row.add(s.prediction());
        return row;
    }

    /** "12:05" for twelve minutes and five seconds; an hour or more as "1:02:05". */
    static String duration(long millis) {
        long seconds = millis / 1000;
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
