package vn.renluyen.members;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import vn.renluyen.base.TableExport.Table;

/**
 * A feature's share of a person's own data ("Tải dữ liệu của tôi", {@link OwnData}): features above members
 * (learning, quizzes, confirmations) implement it, so members never depends on them. Each part reads only what
 * belongs to the {@link Owner} it is given: the signed-in account and its own member record, checked by
 * {@link OwnData} before any part is asked.
 */
public interface OwnDataPart {

    /** Lower first; the record's own sheets come before every part. */
    int order();

    /** Sheets of the owner's data; an empty table (headers only) says "nothing of this kind". */
    List<Table> tables(Owner owner, Labels labels);

    /** Whose data: the signed-in account, its member record, and the portal's time zone for times. */
    record Owner(long accountId, long memberId, ZoneId zone) {

        /** A stored instant as the person reads it, in the portal's time zone; null stays empty. */
        public LocalDateTime time(Instant instant) {
            return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
        }
    }

    /** Sheet titles, headers and words in the language of the page that asked. */
    @FunctionalInterface
    interface Labels {
        String getTranslation(String key, Object... params);

        default List<String> headers(String... keys) {
            return Arrays.stream(keys).map(key -> getTranslation(key)).toList();
        }
    }
}
