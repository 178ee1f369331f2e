package plv.platform.core.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes JSON answers. */
final class Json {

    /** Holds the mapper, so that Jackson is loaded by the first answer that needs it. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private Json() {
    }

    /**
     * Writes {@code {"status":"UP"}} (or DOWN...): the anonymous health answer, which a proxy polls from the first
     * second of a start. A status is one upper-case word, so the document is a constant and needs no mapper: the
     * mapper (and Jackson's classes) are loaded by the first answer with a body of real data, not by the first poll.
     */
    static void writeStatus(HttpServletResponse response, int status, String word) throws IOException {
        if (!word.matches("[A-Z_]+")) {
            write(response, status, java.util.Map.of("status", word));
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("{\"status\":\"" + word + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Mapper.MAPPER.writeValue(response.getOutputStream(), body);
    }
}
