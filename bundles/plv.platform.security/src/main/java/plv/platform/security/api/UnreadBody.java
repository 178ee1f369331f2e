package plv.platform.security.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

/**
 * What is left of a request body when the answer is given before the body was read, as for a 413. If the server
 * closes the connection with bytes still unread, the operating system resets it, and a client still sending (a
 * browser, Java's HttpClient) loses the answer to "connection reset" or "broken pipe". Reading and dropping a
 * modest rest first lets the client read its 413. Only a body of declared length is read: a body declared larger than
 * {@code atMostBytes} is left, so that a huge body cannot hold a thread, and so is a streamed (chunked) body, whose
 * end the client may never send.
 */
public final class UnreadBody {

    /** The most a refusal reads and drops before answering: more than any form, far less than an upload. */
    public static final long DEFAULT_DISCARD_BYTES = 1_000_000;

    private UnreadBody() {
    }

    /**
     * Reads and drops the rest of the body of {@code request} (through any wrappers, so that their own limits do not
     * stop it) when its declared length is at most {@code atMostBytes}; any other body is not touched.
     *
     * @return whether the body was read to its end
     */
    public static boolean discard(ServletRequest request, long atMostBytes) {
        ServletRequest raw = request;
        while (raw instanceof ServletRequestWrapper w) {
            raw = w.getRequest();
        }
        long declared = raw.getContentLengthLong();
        if (declared < 0 || declared > atMostBytes) {
            return false;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            InputStream in = raw.getInputStream();
            while (read <= atMostBytes) {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the body was taken as a reader: nothing more to drop
        }
        return false;
    }
}
