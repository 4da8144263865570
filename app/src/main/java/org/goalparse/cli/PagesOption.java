package org.goalparse.cli;

import org.goalparse.GoalParser;
import org.goalparse.extract.PageSelection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --pages}: read only these pages of a PDF (parse, text, batch). */
final class PagesOption {
    @Option(names = "--pages", paramLabel = "PAGES", converter = Converter.class, description = "Read only these "
            + "pages of a PDF, 1 being the first: 3-7, 3, 3- (to the end) or a list such as 1,4-6. A PDF with none "
            + "of them fails; one that ends sooner is read as far as it goes, with a warning; source.pagesRead says "
            + "which were read. Text, HTML, Word and Excel files are read whole, with a warning.")
    PageSelection pages;

    /** The parser reading the selected pages, or the parser itself when none were given. */
    GoalParser apply(GoalParser parser) {
        return pages == null ? parser : parser.withPages(pages);
    }

    /** A bad selection is a usage error that says what is wrong with it. */
    static final class Converter implements ITypeConverter<PageSelection> {
        @Override
        public PageSelection convert(String value) {
            try {
                return PageSelection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
