package org.talentflow.app.http;

import io.javalin.http.Context;
import org.talentflow.analytics.FlowLevel;
import org.talentflow.analytics.Period;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Query parameters read strictly: a malformed one is a 400 that names it, never a stack trace. */
final class Params {

    static final int MAX_LIMIT = 500;
    /** Downloads may hold more rows than a page, but stay bounded. */
    static final int MAX_EXPORT = 10_000;

    /** A % that does not start a %XX escape: the servlet container would silently drop the parameter it is in. */
    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Params() {
    }

    /** Refuses a query string that is not valid URL encoding, rather than answering as if a parameter were absent. */
    static void checkEncoding(Context ctx) {
        String query = ctx.queryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw new BadRequest("query string is not valid URL encoding (a % must start an escape like %20)");
        }
    }

    /** A time window; an empty one (since after until) is a mistake worth telling. */
    static Period window(Context ctx) {
        LocalDate since = since(ctx);
        LocalDate until = until(ctx);
        try {
            return new Period(since, until);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    static LocalDate since(Context ctx) {
        return date(ctx, "since", true);
    }

    static LocalDate until(Context ctx) {
        return date(ctx, "until", false);
    }

    static int limit(Context ctx, int fallback) {
        return integer(ctx, "limit", fallback, 1, MAX_LIMIT);
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, 1_000_000);
    }

    /** A download's row count: 1000 unless asked, at most {@link #MAX_EXPORT}. */
    static int exportLimit(Context ctx) {
        return integer(ctx, "limit", 1000, 1, MAX_EXPORT);
    }

    /** An optional limit: null (no limit) when absent. */
    static Integer optionalLimit(Context ctx) {
        String v = ctx.queryParam("limit");
        return v == null || v.isBlank() ? null : integer(ctx, "limit", MAX_LIMIT, 1, MAX_LIMIT);
    }

    /** The {id} of the path: a positive whole number. */
    static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            long id = Long.parseLong(v.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequest("id must be a positive whole number");
    }

    /** A text parameter that must be there. */
    static String required(Context ctx, String name, int maxLength) {
        String v = text(ctx, name, maxLength);
        if (v == null) {
            throw new BadRequest(name + " is required");
        }
        return v;
    }

    static FlowLevel level(Context ctx) {
        String v = ctx.queryParam("level");
        if (v == null || v.isBlank()) {
            return FlowLevel.PARENT;
        }
        try {
            return FlowLevel.named(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw new BadRequest(name + " is longer than " + maxLength + " characters");
        }
        return v.strip();
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }

    /** A year, a month or a day; a period counts whole, so until=2025 means to the end of 2025. */
    private static LocalDate date(Context ctx, String name, boolean start) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return start ? Period.start(v) : Period.end(v);
        } catch (DateTimeException e) {
            throw new BadRequest(name + " must be a date like 2025, 2025-02 or 2025-02-14");
        }
    }
}
