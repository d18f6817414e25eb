package vn.renluyen.quiz;

import vn.renluyen.base.UserFacingException;

/** A quiz action that cannot be done as asked (no attempts left, time is up, not your attempt). */
public class QuizProblem extends UserFacingException {

    QuizProblem(String messageKey) {
        super(messageKey);
    }
}
