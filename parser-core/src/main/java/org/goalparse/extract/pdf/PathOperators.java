package org.goalparse.extract.pdf;

import java.awt.geom.Point2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The path operators of a content stream (re m l c v y h S s f F f* B B* b b* n), fed to a {@link RulingCollector}
 * in device space, so that the pass that collects glyphs collects the table rulings too: the stream is parsed once.
 */
final class PathOperators {
    private PathOperators() {
    }

    /** Registers the path operators on {@code engine}; each hands its points, through the CTM, to {@code sink}. */
    static void register(PDFStreamEngine engine, Sink sink) {
        for (String name : List.of("re", "m", "l", "c", "v", "y", "h", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
                "n", "W", "W*")) {
            engine.addOperator(new Op(engine, name, sink));
        }
    }

    /** Where the paths go: the collector of the page being read (null before a page starts). */
    interface Sink {
        RulingCollector rulings();
    }

    private static final class Op extends OperatorProcessor {
        private final String name;
        private final Sink sink;

        Op(PDFStreamEngine engine, String name, Sink sink) {
            super(engine);
            this.name = name;
            this.sink = sink;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            RulingCollector r = sink.rulings();
            if (r == null) {
                return;
            }
            float[] v = numbers(operands);
            switch (name) {
                case "re" -> {
                    if (v.length >= 4) {
                        r.appendRectangle(point(v[0], v[1]), point(v[0] + v[2], v[1]), point(v[0] + v[2], v[1] + v[3]),
                                point(v[0], v[1] + v[3]));
                    }
                }
                case "m", "l" -> {
                    if (v.length >= 2) {
                        Point2D p = point(v[0], v[1]);
                        if (name.equals("m")) {
                            r.moveTo((float) p.getX(), (float) p.getY());
                        } else {
                            r.lineTo((float) p.getX(), (float) p.getY());
                        }
                    }
                }
                case "c", "v", "y" -> {
                    if (v.length >= 4) {
                        Point2D end = point(v[v.length - 2], v[v.length - 1]);
                        r.curveTo(0, 0, 0, 0, (float) end.getX(), (float) end.getY());
                    }
                }
                case "h" -> r.closePath();
                case "S" -> r.strokePath();
                case "s" -> {
                    r.closePath();
                    r.strokePath();
                }
                case "f", "F", "f*" -> r.fillPath(0);
                case "B", "B*" -> r.fillAndStrokePath(0);
                case "b", "b*" -> {
                    r.closePath();
                    r.fillAndStrokePath(0);
                }
                case "n" -> r.endPath();
                default -> { } // W, W*: a clip; the n that follows clears the path
            }
        }

        private Point2D point(float x, float y) {
            return getContext().getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] v = new float[operands.size()];
            int n = 0;
            for (COSBase b : operands) {
                if (b instanceof COSNumber num) {
                    v[n++] = num.floatValue();
                }
            }
            return n == v.length ? v : java.util.Arrays.copyOf(v, n);
        }
    }
}
