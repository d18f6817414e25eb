package vn.renluyen.base;

/** What an upload is: an image (delivered in web sizes) or a PDF document (delivered as uploaded). */
public enum MediaKind {
    IMAGE,
    DOCUMENT
}
