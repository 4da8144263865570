package org.goalparse.extract;

/** The document types goalparse reads, as recognized from content. */
public enum DocType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("text/html"),
    OLE2("application/x-tika-msoffice"),
    TEXT("text/plain");

    private final String mediaType;

    DocType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
