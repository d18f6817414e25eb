package vn.renluyen.admission;

/** An admission file is open until the ceremony makes the candidate a probationary member. */
public enum FileState {
    OPEN, ADMITTED
}
