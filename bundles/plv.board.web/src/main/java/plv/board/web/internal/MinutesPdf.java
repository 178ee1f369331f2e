package plv.board.web.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import plv.board.api.MinutesEdition;

/** Sends a minutes PDF as a download named after the meeting and edition. */
final class MinutesPdf {
    private MinutesPdf() {
    }

    static void send(HttpServletResponse resp, byte[] pdf, long meetingId, MinutesEdition edition) throws IOException {
        resp.setContentType("application/pdf");
        resp.setContentLength(pdf.length);
        resp.setHeader("Content-Disposition", "inline; filename=\"plv-minutes-" + meetingId + "-"
                + edition.name().toLowerCase(java.util.Locale.ROOT) + ".pdf\"");
        if (edition == MinutesEdition.CONFIDENTIAL) {
            resp.setHeader("Cache-Control", "private, no-store");
        }
        resp.getOutputStream().write(pdf);
    }
}
