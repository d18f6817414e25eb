package vn.renluyen.base;

/** An image read from somewhere (content/media, an upload) before the upload service checks and stores it. */
public record ImageFile(String fileName, byte[] bytes) {
}
