package vn.renluyen.news;

import vn.renluyen.base.UserFacingException;

/** Something asked of news that cannot be done as asked; the key names the Vietnamese message. */
public class NewsProblem extends UserFacingException {

    NewsProblem(String messageKey) {
        super(messageKey);
    }
}
