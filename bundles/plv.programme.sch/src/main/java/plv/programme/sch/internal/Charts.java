package plv.programme.sch.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the pages' SVG bar charts, worked out here so the templates only place escaped text and numbers.
 * Every chart has a table alternative on the page; the SVG carries a title and a description (role="img").
 */
final class Charts {

    record Bar(String label, double value) {
    }

    private Charts() {
    }

    /** Vertical columns in a 640 × 240 box, scaled to {@code max}, with a dashed target line at {@code target}. */
    static Map<String, Object> columns(List<Bar> bars, double max, double target) {
        int width = 640;
        int height = 240;
        int left = 40;
        int bottom = 30;
        double plot = height - bottom - 10;
        double step = bars.isEmpty() ? 0 : (width - left - 10.0) / bars.size();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = Math.max(0, Math.min(1, b.value() / max)) * plot;
            Map<String, Object> m = new HashMap<>();
            m.put("x", fmt(left + i * step + step * 0.15));
            m.put("y", fmt(height - bottom - h));
            m.put("w", fmt(step * 0.7));
            m.put("h", fmt(h));
            m.put("label", b.label());
            m.put("value", fmt(b.value()));
            m.put("tx", fmt(left + i * step + step / 2));
            m.put("showLabel", bars.size() <= 12 || i % 3 == 0);
            out.add(m);
        }
        Map<String, Object> chart = new HashMap<>();
        chart.put("bars", out);
        chart.put("width", width);
        chart.put("height", height);
        chart.put("left", left);
        chart.put("base", height - bottom);
        chart.put("targetY", fmt(height - bottom - Math.min(1, target / max) * plot));
        chart.put("target", fmt(target));
        return chart;
    }

    /** Horizontal bars, one row each, scaled to the largest value. */
    static Map<String, Object> rows(List<Bar> bars) {
        int width = 640;
        int labelWidth = 200;
        int row = 26;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            Map<String, Object> m = new HashMap<>();
            m.put("y", i * row + 4);
            m.put("ty", i * row + 18);
            m.put("w", fmt(max == 0 ? 0 : (width - labelWidth - 70) * b.value() / max));
            m.put("label", b.label());
            m.put("value", fmt(b.value()));
            out.add(m);
        }
        Map<String, Object> chart = new HashMap<>();
        chart.put("bars", out);
        chart.put("width", width);
        chart.put("height", Math.max(row, bars.size() * row + 8));
        chart.put("labelWidth", labelWidth);
        return chart;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
