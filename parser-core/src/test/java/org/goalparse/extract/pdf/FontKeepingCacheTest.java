package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** What PDFTextStripper removes after each page: fonts stay for the next page, everything else still goes. */
class FontKeepingCacheTest {
    @Test
    void aPageDoneLeavesItsFontsButNotItsOtherResources() {
        FontKeepingCache cache = new FontKeepingCache();
        COSObject fontRef = new COSObject(new COSDictionary());
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        cache.put(fontRef, font);
        COSObject formRef = new COSObject(new COSStream());
        PDXObject form = new PDFormXObject(new COSStream());
        cache.put(formRef, form);

        cache.removeFont(fontRef);
        cache.removeXObject(formRef);

        assertSame(font, cache.getFont(fontRef));
        assertNull(cache.getXObject(formRef));
    }
}
