package vn.renluyen.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionEmbeddedGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnknown;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;
import vn.renluyen.TestPdfs;

/**
 * PDFs that carry what a secretary's viewer could run or open, each built with PDFBox the way a hostile
 * uploader would: one page of harmless text plus one piece of active or hidden content.
 */
final class HostilePdfs {

    static final String SCRIPT = "app.alert('Xin chao');";

    private HostilePdfs() {
    }

    interface Change {
        void apply(PDDocument document, PDPage page) throws IOException;
    }

    /** One page, changed; saved as PDFBox saves by default (objects packed in compressed object streams). */
    static byte[] with(Change change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            change.apply(document, page);
            return TestPdfs.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] openActionJavaScript() {
        return with((document, page) -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT)));
    }

    static byte[] embeddedFile() {
        return with((document, page) -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("hoa-don.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ not really a program".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("hoa-don.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    static byte[] launchAction() {
        return with((document, page) -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
            document.getDocumentCatalog().setOpenAction(launch);
        });
    }

    /** With a user password (a viewer asks for it) or with an owner password only (opens without asking). */
    static byte[] encrypted(String userPassword) {
        return with((document, page) -> document.protect(
                new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission())));
    }

    /** Each other way of active or hidden content, by what it is. */
    static Map<String, byte[]> others() {
        return Map.ofEntries(
                Map.entry("document JavaScript in the Names tree", with((document, page) -> {
                    PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
                    scripts.setNames(Map.of("mo-dau", new PDActionJavaScript(SCRIPT)));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                    names.setJavascript(scripts);
                    document.getDocumentCatalog().setNames(names);
                })),
                Map.entry("a link annotation running JavaScript", with((document, page) -> link(page,
                        new PDActionJavaScript(SCRIPT)))),
                Map.entry("catalog additional actions", with((document, page) -> {
                    PDDocumentCatalogAdditionalActions actions = new PDDocumentCatalogAdditionalActions();
                    actions.setWC(uri());
                    document.getDocumentCatalog().setActions(actions);
                })),
                Map.entry("page additional actions", with((document, page) -> {
                    PDPageAdditionalActions actions = new PDPageAdditionalActions();
                    actions.getCOSObject().setItem(COSName.O, uri());
                    page.setActions(actions);
                })),
                Map.entry("a form field's additional actions", with((document, page) -> {
                    PDAcroForm form = new PDAcroForm(document);
                    document.getDocumentCatalog().setAcroForm(form);
                    PDAnnotationWidget widget = new PDAnnotationWidget();
                    widget.setRectangle(new PDRectangle(72, 600, 200, 20));
                    PDAnnotationAdditionalActions actions = new PDAnnotationAdditionalActions();
                    actions.setE(uri());
                    widget.setActions(actions);
                    page.getAnnotations().add(widget);
                })),
                Map.entry("a SubmitForm action", with((document, page) -> {
                    PDActionSubmitForm submit = new PDActionSubmitForm();
                    submit.setFile(new PDSimpleFileSpecification(
                            new COSString("https://example.org/thu-thap")));
                    link(page, submit);
                })),
                Map.entry("an ImportData action", with((document, page) -> {
                    PDActionImportData importData = new PDActionImportData();
                    importData.setFile(new PDSimpleFileSpecification(new COSString("du-lieu.fdf")));
                    document.getDocumentCatalog().setOpenAction(importData);
                })),
                Map.entry("a GoToE action", with((document, page) -> {
                    PDActionEmbeddedGoTo goTo = new PDActionEmbeddedGoTo();
                    goTo.getCOSObject().setItem(COSName.D, new COSString("dau"));
                    link(page, goTo);
                })),
                Map.entry("a GoToR action", with((document, page) -> {
                    PDActionRemoteGoTo goTo = new PDActionRemoteGoTo();
                    goTo.setFile(new PDSimpleFileSpecification(new COSString("khac.pdf")));
                    link(page, goTo);
                })),
                Map.entry("a FileAttachment annotation", with((document, page) -> {
                    PDComplexFileSpecification file = new PDComplexFileSpecification();
                    file.setFile("ghi-chu.txt");
                    file.setEmbeddedFile(new PDEmbeddedFile(document,
                            new ByteArrayInputStream("ghi chu".getBytes(StandardCharsets.US_ASCII))));
                    PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
                    attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
                    attachment.setFile(file);
                    page.getAnnotations().add(attachment);
                })),
                Map.entry("an XFA form", with((document, page) -> {
                    PDAcroForm form = new PDAcroForm(document);
                    PDStream xfa = new PDStream(document, new ByteArrayInputStream(
                            "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>".getBytes(StandardCharsets.US_ASCII)));
                    form.setXFA(new PDXFAResource(xfa.getCOSObject()));
                    document.getDocumentCatalog().setAcroForm(form);
                })),
                Map.entry("a RichMedia annotation", with((document, page) -> annotation(page, "RichMedia"))),
                Map.entry("a 3D annotation", with((document, page) -> annotation(page, "3D"))),
                Map.entry("a javascript: link", with((document, page) -> link(page, uri(" JavaScript:app.alert(1)")))),
                Map.entry("a file: link", with((document, page) -> link(page, uri("file:///C:/Windows/System32/cmd.exe")))),
                Map.entry("JavaScript tucked away in the document information", with((document, page) ->
                        document.getDocumentInformation().getCOSObject().setItem(COSName.getPDFName("Ghi"),
                                new PDActionJavaScript(SCRIPT)))),
                Map.entry("JavaScript behind a hex-escaped name (/J#61vaScript)", obfuscatedJavaScript()));
    }

    /** Links to a web site, an outline and an opening view: what ordinary documents have, all inert. */
    static byte[] withLinksAndOutline() {
        return with((document, page) -> {
            link(page, uri());
            PDPageFitDestination firstPage = new PDPageFitDestination();
            firstPage.setPage(page);
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(firstPage);
            document.getDocumentCatalog().setOpenAction(firstPage);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Phan mot");
            item.setAction(goTo);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
        });
    }

    /**
     * Written without compression, then the names spelt with escaped letters, which a viewer reads as the same
     * names. The cross-reference offsets no longer fit; PDFBox, like viewers, finds the objects anyway.
     */
    private static byte[] obfuscatedJavaScript() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            String escaped = text.replace("/JavaScript", "/J#61vaScript").replace("/JS", "/J#53");
            if (escaped.equals(text) || escaped.contains("JavaScript") || escaped.contains("/JS")) {
                throw new IllegalStateException("PDFBox wrote the action differently than expected");
            }
            return escaped.getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(PDPage page, PDAction action) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 650, 200, 20));
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    private static void annotation(PDPage page, String subtype) throws IOException {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.ANNOT);
        dictionary.setName(COSName.SUBTYPE, subtype);
        dictionary.setItem(COSName.RECT, new PDRectangle(72, 500, 100, 100).getCOSArray());
        page.setAnnotations(List.of(new PDAnnotationUnknown(dictionary)));
    }

    private static PDActionURI uri() {
        return uri("https://www.dangcongsan.vn/");
    }

    private static PDActionURI uri(String target) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(target);
        return uri;
    }
}
