package vn.renluyen.stories;

import vn.renluyen.base.UserFacingException;

/** Something asked of profiles or nominations that cannot be done as asked; the key names the message. */
public class StoryProblem extends UserFacingException {

    StoryProblem(String messageKey) {
        super(messageKey);
    }
}
