package plv.decisions.web.internal;

import java.util.List;
import java.util.Map;

import plv.decisions.api.CouncilStanding;
import plv.decisions.api.CouncilStanding.Standing;

/**
 * Draws the 33 London authorities as a squared tile map (one equal square per authority, placed roughly where it lies,
 * in the manner of the well-known "London squared" layout), each coloured by its standing. Pure SVG text, no script.
 */
final class LondonTileMap {

    static final int TILE = 64;
    static final int GAP = 4;

    /** Column and row of each authority by GSS code. */
    static final Map<String, int[]> GRID = Map.ofEntries(
            Map.entry("E09000010", new int[] {4, 0}),
            Map.entry("E09000015", new int[] {2, 1}), Map.entry("E09000003", new int[] {3, 1}),
            Map.entry("E09000014", new int[] {4, 1}), Map.entry("E09000031", new int[] {5, 1}),
            Map.entry("E09000017", new int[] {0, 2}), Map.entry("E09000005", new int[] {1, 2}),
            Map.entry("E09000007", new int[] {2, 2}), Map.entry("E09000019", new int[] {3, 2}),
            Map.entry("E09000012", new int[] {4, 2}), Map.entry("E09000026", new int[] {5, 2}),
            Map.entry("E09000016", new int[] {6, 2}),
            Map.entry("E09000009", new int[] {0, 3}), Map.entry("E09000020", new int[] {1, 3}),
            Map.entry("E09000033", new int[] {2, 3}), Map.entry("E09000001", new int[] {3, 3}),
            Map.entry("E09000030", new int[] {4, 3}), Map.entry("E09000025", new int[] {5, 3}),
            Map.entry("E09000002", new int[] {6, 3}),
            Map.entry("E09000018", new int[] {0, 4}), Map.entry("E09000013", new int[] {1, 4}),
            Map.entry("E09000032", new int[] {2, 4}), Map.entry("E09000022", new int[] {3, 4}),
            Map.entry("E09000028", new int[] {4, 4}), Map.entry("E09000023", new int[] {5, 4}),
            Map.entry("E09000011", new int[] {6, 4}), Map.entry("E09000004", new int[] {7, 4}),
            Map.entry("E09000027", new int[] {1, 5}), Map.entry("E09000021", new int[] {2, 5}),
            Map.entry("E09000024", new int[] {3, 5}), Map.entry("E09000008", new int[] {4, 5}),
            Map.entry("E09000006", new int[] {5, 5}),
            Map.entry("E09000029", new int[] {3, 6}));

    static final Map<Standing, String> COLOURS = Map.of(Standing.ATTENTION, "#d4351c", Standing.REVIEW_PENDING, "#f47738",
            Standing.CONFIRMED, "#00703c", Standing.DECIDED, "#1d70b8", Standing.FORWARD_PLAN, "#ffdd00",
            Standing.NOT_JOINING, "#505a5f", Standing.NO_RECORD, "#b1b4b6");

    private LondonTileMap() {
    }

    static String svg(List<CouncilStanding> standings) {
        int step = TILE + GAP;
        int width = 8 * step;
        int height = 7 * step + 26 * Standing.values().length + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" aria-labelledby=\"map-title\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" class=\"london-tile-map\"><title id=\"map-title\">The 33 London councils coloured by their decision status</title>");
        for (CouncilStanding st : standings) {
            int[] at = GRID.get(st.authority().gss());
            if (at == null) {
                continue;
            }
            int x = at[0] * step;
            int y = at[1] * step;
            String label = st.authority().name() + ": " + st.standing().label();
            s.append("<a href=\"/decisions?council=").append(st.authority().gss()).append("\" data-gss=\"").append(st.authority().gss())
                    .append("\" data-standing=\"").append(st.standing().name()).append("\"><title>").append(xml(label)).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(TILE).append("\" height=\"")
                    .append(TILE).append("\" rx=\"4\" fill=\"").append(COLOURS.get(st.standing())).append("\"/>")
                    .append("<text x=\"").append(x + TILE / 2).append("\" y=\"").append(y + TILE / 2 + 5)
                    .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\" fill=\"")
                    .append(textColour(st.standing())).append("\">").append(xml(abbreviation(st.authority().name()))).append("</text></a>");
        }
        int y = 7 * step + 10;
        int i = 0;
        for (Standing st : Standing.values()) {
            int x = 0;
            int ly = y + i * 26;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(ly).append("\" width=\"20\" height=\"20\" fill=\"")
                    .append(COLOURS.get(st)).append("\"/><text x=\"").append(x + 26).append("\" y=\"").append(ly + 15)
                    .append("\" font-family=\"sans-serif\" font-size=\"12\">").append(xml(st.label())).append("</text>");
            i++;
        }
        return s.append("</svg>").toString();
    }

    /** Three letters: the first of each word for several words (Tower Hamlets: TH), else the first three. */
    static String abbreviation(String name) {
        String fixed = Map.of("Haringey", "HGY", "Harrow", "HRW", "City of London", "COL").get(name);
        if (fixed != null) {
            return fixed;
        }
        String[] words = name.replace(" and ", " ").replace(" upon ", " ").replace("City of ", "").split("\\s+");
        if (words.length > 1) {
            StringBuilder b = new StringBuilder();
            for (String w : words) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
            return b.toString();
        }
        return words[0].substring(0, Math.min(3, words[0].length())).toUpperCase(java.util.Locale.ROOT);
    }

    private static String textColour(Standing s) {
        return s == Standing.FORWARD_PLAN || s == Standing.NO_RECORD ? "#0b0c0c" : "#ffffff";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
