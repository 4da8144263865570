package org.goalparse.extract.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The document's resource cache, except that fonts stay in it for the whole document. PDFBox's text stripper drops a
 * page's resources from the cache once the page is done, so a font used on every page (the usual case) had its
 * embedded font program parsed again on every page: that was a tenth of all parse time over the bench corpus. A
 * document is read once and then closed, so keeping its fonts costs no more than its largest page did; the cache
 * still holds them through soft references, which the collector clears when memory is short.
 */
final class FontKeepingCache extends DefaultResourceCache {
    @Override
    public PDFont removeFont(COSObject indirect) {
        return null; // kept for the next page
    }
}
