package vn.renluyen.completion;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.renluyen.completion.ReflectionPapers.PaperToReview;

/**
 * The papers a reviewer sees, in one query with the learner's name, organization and course: waiting ones
 * first (oldest first, they have waited longest), then the reviewed ones, newest first. Scope is decided by
 * the caller; this only filters by organization path.
 */
@Component
class ReflectionPaperQueue {

    private static final String SELECT = """
            select p.id, p.status, p.submitted_at, c.title, a.display_name, m.family_middle_name, m.given_name,
                   o.name as organization
            from reflection_paper p
            join course c on c.id = p.course_id
            join account a on a.id = p.account_id
            left join member m on m.id = p.member_id
            left join organization o on o.id = m.organization_id
            """;
    private static final String ORDER = """
             order by case p.status when 'SUBMITTED' then 0 else 1 end,
                      case when p.status = 'SUBMITTED' then p.submitted_at end,
                      p.submitted_at desc, p.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ReflectionPaperQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Papers of member records inside the subtree whose path starts with {@code organizationPath}. */
    List<PaperToReview> inSubtree(String organizationPath) {
        return query(SELECT + " where o.path like concat(:path, '%')" + ORDER, Map.of("path", organizationPath));
    }

    /** Every paper, those of accounts without a member record too: for ADMIN only. */
    List<PaperToReview> all() {
        return query(SELECT + ORDER, Map.of());
    }

    private List<PaperToReview> query(String sql, Map<String, ?> parameters) {
        return jdbc.query(sql, parameters, (rs, row) -> {
            String given = rs.getString("given_name");
            String name = given == null ? rs.getString("display_name")
                    : rs.getString("family_middle_name") + " " + given;
            return new PaperToReview(rs.getLong("id"), name, rs.getString("organization"), rs.getString("title"),
                    ReflectionPaperStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant());
        });
    }
}
