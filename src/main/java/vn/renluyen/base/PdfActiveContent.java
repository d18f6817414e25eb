package vn.renluyen.base;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;

/**
 * Finds what makes a PDF more than pages to read: scripts, actions that start programs, send data or open
 * other files, attached files, XFA forms, multimedia and 3D, links to script or to local files. Every object
 * PDFBox finds in the file is looked at, not only those reachable from the catalog: a viewer that repairs a
 * file differently may reach objects PDFBox's reading leaves aside, and an inert-looking catalog can point
 * anywhere. Stream contents are never decoded (page content cannot act); only dictionaries and arrays are
 * walked, iteratively, so a deeply nested file cannot overflow the stack.
 */
final class PdfActiveContent {

    /** Far more containers than a 10 MB PDF of text and scans holds; a file with more is refused as unreadable. */
    static final int MAX_CONTAINERS = 1_000_000;

    /** Keys that mean active or hidden content wherever they stand. */
    private static final Map<COSName, String> KEYS = Map.of(
            COSName.JS, "JavaScript (/JS)",
            COSName.JAVA_SCRIPT, "document JavaScript (/JavaScript name tree)",
            COSName.AA, "additional actions (/AA)",
            COSName.EMBEDDED_FILES, "embedded files (/EmbeddedFiles)",
            COSName.EF, "embedded file (/EF)",
            COSName.XFA, "XFA form (/XFA)",
            COSName.getPDFName("RichMediaContent"), "rich media (/RichMediaContent)",
            COSName.getPDFName("3DD"), "3D content (/3DD)");

    /** Action types (/S) that run code, start programs, send or fetch data, or open another file. */
    private static final Set<COSName> ACTIONS = names("JavaScript", "Launch", "ImportData", "SubmitForm", "GoToE",
            "GoToR", "Rendition");

    /** Annotation subtypes that carry a file or play media and 3D. */
    private static final Set<COSName> ANNOTATIONS = names("FileAttachment", "RichMedia", "3D");

    private static final COSName URI = COSName.getPDFName("URI");
    /** Web links are ordinary in papers; a link that runs script or opens a file on the reader's disk is not. */
    private static final Pattern SCRIPT_OR_LOCAL_LINK = Pattern.compile("\\s*(javascript|file):",
            Pattern.CASE_INSENSITIVE);

    private PdfActiveContent() {
    }

    /** What was found first, described for the log (no content of the file); empty if the PDF is inert. */
    static Optional<String> find(COSDocument document) {
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getTrailer());
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            pending.push(document.getObjectFromPool(key));
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase item = next instanceof COSObject reference ? reference.getObject() : next;
            if (!(item instanceof COSDictionary) && !(item instanceof COSArray) || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_CONTAINERS) {
                throw new TooComplex();
            }
            if (item instanceof COSArray array) {
                array.forEach(pending::push);
                continue;
            }
            COSDictionary dictionary = (COSDictionary) item;
            Optional<String> found = activeIn(dictionary);
            if (found.isPresent()) {
                return found;
            }
            // getItem keeps references unresolved: they are resolved (once) when popped.
            for (COSName key : dictionary.keySet()) {
                pending.push(dictionary.getItem(key));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> activeIn(COSDictionary dictionary) {
        for (Map.Entry<COSName, String> key : KEYS.entrySet()) {
            if (dictionary.containsKey(key.getKey())) {
                return Optional.of(key.getValue());
            }
        }
        if (dictionary.getDictionaryObject(COSName.S) instanceof COSName action && ACTIONS.contains(action)) {
            return Optional.of(action.getName() + " action");
        }
        if (URI.equals(dictionary.getDictionaryObject(COSName.S))
                && dictionary.getDictionaryObject(URI) instanceof COSString link
                && SCRIPT_OR_LOCAL_LINK.matcher(link.getString()).lookingAt()) {
            return Optional.of("javascript: or file: link");
        }
        if (dictionary.getDictionaryObject(COSName.SUBTYPE) instanceof COSName subtype
                && ANNOTATIONS.contains(subtype)) {
            return Optional.of(subtype.getName() + " annotation");
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))) {
            return Optional.of("embedded file stream");
        }
        return Optional.empty();
    }

    private static Set<COSName> names(String... names) {
        return Arrays.stream(names).map(COSName::getPDFName).collect(Collectors.toUnmodifiableSet());
    }

    /** More objects than any document the portal expects: not worth walking to the end. */
    static final class TooComplex extends RuntimeException {
        TooComplex() {
            super("more than " + MAX_CONTAINERS + " dictionaries and arrays", null, false, false);
        }
    }
}
