package plv.programme.dynamic.sufficiency.tool.internal;

import java.util.List;
import java.util.Locale;

/** Small accessible SVG bar charts (a title, a description, one labelled bar per value; the table beside it has the figures). */
final class Svg {

    /** One bar. */
    record Bar(String label, double value, String text) {
    }

    private Svg() {
    }

    static String bars(String title, String description, List<Bar> bars) {
        int width = 640;
        int rowHeight = 28;
        int labelWidth = 150;
        int height = 40 + rowHeight * Math.max(1, bars.size());
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
        max = max == 0 ? 1 : max;
        boolean negatives = bars.stream().anyMatch(b -> b.value() < 0);
        int plot = width - labelWidth - 120;
        int zero = labelWidth + (negatives ? plot / 2 : 0);
        double scale = (negatives ? plot / 2.0 : plot) / max;
        // ids unique within the page: two charts share it
        String id = "chart-" + Integer.toHexString(title.hashCode());
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " aria-labelledby=\"%s-t %s-d\" class=\"chart\">", width, height, width, height, id, id));
        s.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title><desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 20 + i * rowHeight;
            int w = (int) Math.round(Math.abs(b.value()) * scale);
            int x = b.value() < 0 ? zero - w : zero;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">%s</text>", labelWidth - 8, y + 15,
                    esc(b.label())));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y, Math.max(w, 1),
                    rowHeight - 8, b.value() < 0 ? "#2b7a3d" : "#1d4f91"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>", (b.value() < 0 ? zero : x + w) + 6, y + 15,
                    esc(b.text())));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"12\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", zero, zero, height - 12));
        return s.append("</svg>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
