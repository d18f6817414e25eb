package vn.renluyen.completion;

/** Where a reflection paper (bài thu hoạch) stands; only ACCEPTED lets a course that requires one complete. */
public enum ReflectionPaperStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
