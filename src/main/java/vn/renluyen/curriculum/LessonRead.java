package vn.renluyen.curriculum;

/** Published inside the transaction that records a lesson as read to the end. */
public record LessonRead(long accountId, Long memberId, long moduleId, int revision) {
}
