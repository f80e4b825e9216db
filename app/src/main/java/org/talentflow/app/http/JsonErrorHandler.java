package org.talentflow.app.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own answers to what it refuses before any route runs (a path that is not URL encoding, a broken request
 * line): the API's JSON error in place of Jetty's HTML page, with only the status's reason phrase, never the
 * parser's exception text.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8"));
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        base.setHandled(true);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write(body(response.getStatus()));
    }

    private static String body(int status) {
        String reason = HttpStatus.getMessage(status);
        return "{\"error\":\"" + (status == 400 ? "bad request: the path or request line is not valid URL encoding"
                : reason == null ? "error " + status : reason.toLowerCase(java.util.Locale.ROOT)) + "\"}";
    }
}
