package vn.renluyen.quiz;

public enum AttemptStatus {
    OPEN, GRADED
}
