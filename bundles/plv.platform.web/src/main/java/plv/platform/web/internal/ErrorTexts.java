package plv.platform.web.internal;

/** Titles and plain-English explanations of the error pages. */
final class ErrorTexts {

    private ErrorTexts() {
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Please check what you entered";
            case 401, 403 -> "You cannot see or do this";
            case 404 -> "Page not found";
            case 405 -> "This page does not accept that request";
            case 409 -> "Someone else changed this record";
            default -> status >= 500 ? "Something went wrong" : "The request could not be completed";
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case 403 -> "Your role does not allow this. Ask the company secretary if you need access.";
            case 404 -> "Check the address, or use the navigation to find what you need. If you followed a link, the record may have been removed.";
            case 409 -> "Someone else changed this record after you opened it; nothing was saved. Reload it and make your change again.";
            default -> status >= 500
                    ? "The suite could not complete your request and nothing was changed. Try again; if it happens again, tell the company secretary the reference below."
                    : "The request could not be completed.";
        };
    }
}
